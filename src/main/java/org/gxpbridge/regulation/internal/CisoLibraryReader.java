package org.gxpbridge.regulation.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.gxpbridge.regulation.internal.ImportBatch.Fields;
import org.gxpbridge.regulation.internal.ImportBatch.FrameworkDraft;
import org.gxpbridge.regulation.internal.ImportBatch.MappingDraft;
import org.gxpbridge.regulation.internal.ImportBatch.RequirementDraft;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a CISO Assistant library (YAML): {@code objects.framework.requirement_nodes}
 * become requirements (id = {@code ref_id}, else the URN's last part; parent from
 * {@code parent_urn}), {@code objects.requirement_mapping_sets} become links. A mapping's
 * framework URN is the file's own framework or one of {@link #KNOWN_FRAMEWORKS}; the set
 * relations (equal, subset, superset, intersect) are the ones the catalogue stores, a
 * "not_related" statement is counted and not stored.
 */
public final class CisoLibraryReader {

	/** CISO Assistant framework URNs of frameworks the catalogue seeds. */
	static final Map<String, String> KNOWN_FRAMEWORKS = Map.of("urn:intuitem:risk:framework:nist-csf-2.0", "NIST-CSF-2",
			"urn:intuitem:risk:framework:iso27001-2022", "ISO-IEC-27001");

	private CisoLibraryReader() {
	}

	public static ImportBatch read(byte[] content, String frameworkId, String frameworkName, int maxBytes,
			ImportProblems problems) {
		Node library = parse(content, maxBytes);
		Node objects = YamlTree.get(library, "objects");
		if (objects == null) {
			throw ImportProblems.unreadable("field objects", "missing: not a CISO Assistant library");
		}
		ImportBatch batch = new ImportBatch();
		Map<String, String> frameworkByUrn = new HashMap<>(KNOWN_FRAMEWORKS);
		Map<String, String> idByNodeUrn = new HashMap<>();
		Node framework = YamlTree.get(objects, "framework");
		if (framework != null) {
			if (frameworkId == null) {
				problems.add(YamlTree.at(framework, "ref_id"), "choose the catalogue id to import this framework as");
				return batch;
			}
			String name = YamlTree.text(framework, "name");
			batch.frameworks.add(new FrameworkDraft(frameworkId, frameworkName != null ? frameworkName : name,
					name != null ? name : frameworkId, YamlTree.text(library, "provider")));
			frameworkByUrn.put(YamlTree.text(framework, "urn"), frameworkId);
			readNodes(framework, frameworkId, idByNodeUrn, batch, problems);
		}
		for (Node set : YamlTree.list(objects, "requirement_mapping_sets")) {
			readMappings(set, frameworkByUrn, idByNodeUrn, batch, problems);
		}
		if (framework == null && batch.mappings.isEmpty() && batch.skipped == 0) {
			problems.add(YamlTree.at(objects, "framework"), "the library has neither a framework nor mappings");
		}
		return batch;
	}

	private static Node parse(byte[] content, int maxBytes) {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(Math.max(maxBytes, 1) + 1024);
		options.setAllowDuplicateKeys(false);
		try {
			return new Yaml(new SafeConstructor(options))
				.compose(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
		}
		catch (MarkedYAMLException e) {
			throw ImportProblems.unreadable("line " + (e.getProblemMark().getLine() + 1),
					"not valid YAML (" + e.getProblem() + ")");
		}
		catch (YAMLException e) {
			throw ImportProblems.unreadable("file", "not valid YAML (" + e.getMessage() + ")");
		}
	}

	private static void readNodes(Node framework, String frameworkId, Map<String, String> idByNodeUrn,
			ImportBatch batch, ImportProblems problems) {
		for (Node node : YamlTree.list(framework, "requirement_nodes")) {
			String urn = YamlTree.text(node, "urn");
			if (urn == null) {
				problems.add(YamlTree.at(node, "urn"), "missing");
				continue;
			}
			String id = YamlTree.text(node, "ref_id");
			if (id == null) {
				id = urn.substring(urn.lastIndexOf(':') + 1);
			}
			idByNodeUrn.put(urn, id);
			String description = YamlTree.text(node, "description");
			String title = YamlTree.text(node, "name");
			if (title == null) {
				title = description != null ? description : id;
			}
			String parentUrn = YamlTree.text(node, "parent_urn");
			String parent = parentUrn == null ? null : idByNodeUrn.get(parentUrn);
			if (parentUrn != null && parent == null) {
				problems.add(YamlTree.at(node, "parent_urn"), "no earlier requirement node " + parentUrn);
			}
			batch.requirements
				.add(new RequirementDraft(frameworkId, id, title, description, parent, YamlTree.at(node, "ref_id")));
		}
	}

	private static void readMappings(Node set, Map<String, String> frameworkByUrn, Map<String, String> idByNodeUrn,
			ImportBatch batch, ImportProblems problems) {
		String from = frameworkByUrn.get(YamlTree.text(set, "source_framework_urn"));
		String to = frameworkByUrn.get(YamlTree.text(set, "target_framework_urn"));
		if (from == null || to == null) {
			String field = from == null ? "source_framework_urn" : "target_framework_urn";
			problems.add(YamlTree.at(set, field), "framework " + YamlTree.text(set, field)
					+ " is not in the catalogue; import that framework in the same file or first");
			return;
		}
		for (Node m : YamlTree.list(set, "requirement_mappings")) {
			String relation = YamlTree.text(m, "relationship");
			if (relation != null && relation.equalsIgnoreCase("not_related")) {
				batch.skipped++;
				continue;
			}
			batch.mappings.add(new MappingDraft(from, node(YamlTree.text(m, "source_requirement_urn"), idByNodeUrn), to,
					node(YamlTree.text(m, "target_requirement_urn"), idByNodeUrn),
					relation == null ? null : relation.toUpperCase(Locale.ROOT),
					"line " + (m.getStartMark().getLine() + 1), Fields.CISO));
		}
	}

	/** The file's own ref_id for its nodes, else the URN's last part ({@code a.5.1}). */
	private static String node(String urn, Map<String, String> idByNodeUrn) {
		if (urn == null) {
			return null;
		}
		return idByNodeUrn.getOrDefault(urn, urn.substring(urn.lastIndexOf(':') + 1));
	}

}
