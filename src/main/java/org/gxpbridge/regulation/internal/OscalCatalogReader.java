package org.gxpbridge.regulation.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gxpbridge.regulation.internal.ImportBatch.FrameworkDraft;
import org.gxpbridge.regulation.internal.ImportBatch.RequirementDraft;

/**
 * Reads a NIST OSCAL catalog (JSON), the form NIST publishes CSF 2.0 and SP 800-53 in:
 * groups and (nested) controls become requirements, a child's parent is its group or
 * control. A control's id is its label where the label is an id ({@code AC-1} for
 * {@code ac-1}), its title the statement where the title only repeats the id (CSF
 * subcategories). Withdrawn items ({@code status: withdrawn}) are left out with their
 * children; order follows NIST's {@code sort-id} where every item has one.
 */
public final class OscalCatalogReader {

	private static final ObjectMapper JSON = new ObjectMapper();

	private OscalCatalogReader() {
	}

	public static ImportBatch read(byte[] content, String frameworkId, String frameworkName, ImportProblems problems) {
		JsonNode root;
		try {
			root = JSON.readTree(content);
		}
		catch (JsonProcessingException e) {
			throw ImportProblems.unreadable(
					"line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(),
					"not valid JSON (" + e.getOriginalMessage() + ")");
		}
		catch (IOException e) {
			throw ImportProblems.unreadable("file", "not readable as JSON");
		}
		JsonNode catalog = root == null ? null : root.get("catalog");
		if (catalog == null || !catalog.isObject()) {
			throw ImportProblems.unreadable("field catalog", "missing: not an OSCAL catalog");
		}
		ImportBatch batch = new ImportBatch();
		String title = catalog.path("metadata").path("title").asText(null);
		String issuer = catalog.path("metadata").path("parties").path(0).path("short-name").asText("imported");
		batch.frameworks.add(new FrameworkDraft(frameworkId, frameworkName != null ? frameworkName : title,
				title != null ? title : frameworkId, issuer));
		List<Item> items = new ArrayList<>();
		walk(catalog.path("groups"), "catalog.groups", null, items, problems);
		walk(catalog.path("controls"), "catalog.controls", null, items, problems);
		if (items.isEmpty()) {
			problems.add("field catalog.groups", "the catalog has no groups or controls");
		}
		if (items.stream().allMatch(i -> i.sortId != null)) {
			items.sort(Comparator.comparing(Item::sortId));
		}
		items.forEach(i -> batch.requirements
			.add(new RequirementDraft(frameworkId, i.id, i.title, i.description, i.parentId, i.at)));
		return batch;
	}

	private record Item(String id, String title, String description, String parentId, String sortId, String at) {
	}

	private static void walk(JsonNode list, String path, String parentId, List<Item> items, ImportProblems problems) {
		for (int i = 0; i < list.size(); i++) {
			JsonNode node = list.get(i);
			String at = "field " + path + "[" + i + "]";
			if ("withdrawn".equals(prop(node, "status"))) {
				continue;
			}
			String id = textOrNull(node, "id");
			String label = prop(node, "label");
			if (label != null && !label.isBlank() && !label.contains(" ")) {
				id = label;
			}
			if (id == null || id.isBlank()) {
				problems.add(at + ".id", "missing");
				continue;
			}
			String statement = prose(node);
			String title = textOrNull(node, "title");
			if (title == null || title.isBlank() || title.equalsIgnoreCase(id)) {
				title = statement;
			}
			if (title == null || title.isBlank()) {
				problems.add(at + ".title", "missing for " + id);
				continue;
			}
			items.add(new Item(id, title, statement, parentId, prop(node, "sort-id"), at + ".id"));
			walk(node.path("groups"), path + "[" + i + "].groups", id, items, problems);
			walk(node.path("controls"), path + "[" + i + "].controls", id, items, problems);
		}
	}

	/** The statement (or a group's overview), its sub-parts' prose joined beneath it. */
	private static String prose(JsonNode node) {
		for (JsonNode part : node.path("parts")) {
			String name = part.path("name").asText();
			if (name.equals("statement") || name.equals("overview")) {
				StringBuilder text = new StringBuilder();
				collect(part, text);
				return text.isEmpty() ? null : text.toString().strip();
			}
		}
		return null;
	}

	private static void collect(JsonNode part, StringBuilder text) {
		String prose = part.path("prose").asText("");
		if (!prose.isBlank()) {
			text.append(text.isEmpty() ? "" : "\n").append(prose.strip());
		}
		part.path("parts").forEach(p -> collect(p, text));
	}

	private static String prop(JsonNode node, String name) {
		for (JsonNode p : node.path("props")) {
			if (name.equals(p.path("name").asText())) {
				return p.path("value").asText(null);
			}
		}
		return null;
	}

	private static String textOrNull(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}

}
