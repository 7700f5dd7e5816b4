package org.gxpbridge.regulation.internal;

import java.util.List;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * SnakeYAML's node tree keeps each value's line, which a refusal names; plain
 * {@code load} into maps would lose it.
 */
final class YamlTree {

	private YamlTree() {
	}

	static Node get(Node map, String key) {
		if (map instanceof MappingNode m) {
			for (NodeTuple t : m.getValue()) {
				if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
					return t.getValueNode();
				}
			}
		}
		return null;
	}

	static String text(Node map, String key) {
		Node value = get(map, key);
		if (value instanceof ScalarNode s && !s.getValue().isBlank() && !"null".equals(s.getValue())) {
			return s.getValue().strip();
		}
		return null;
	}

	static List<Node> list(Node map, String key) {
		return get(map, key) instanceof SequenceNode s ? s.getValue() : List.of();
	}

	/** "line 12, field ref_id": where a value is (or, if missing, its parent). */
	static String at(Node map, String key) {
		Node value = get(map, key);
		Node where = value != null ? value : map;
		return "line " + (where.getStartMark().getLine() + 1) + ", field " + key;
	}

}
