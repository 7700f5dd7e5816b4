package org.gxpbridge.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gxpbridge.shared.InvalidInputException;

/**
 * An audit's checklist from the requirements in its scope, one per line as
 * {@code id: text} or {@code id}. Until the regulation catalogue answers requirements by
 * framework, the scope entered is the source of ids and texts.
 */
final class Checklists {

	private Checklists() {
	}

	static List<ChecklistItem> fromScope(String scope) {
		List<ChecklistItem> items = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String line : scope.split("\\R")) {
			String trimmed = line.trim();
			if (trimmed.isEmpty()) {
				continue;
			}
			int colon = trimmed.indexOf(':');
			String id = (colon < 0 ? trimmed : trimmed.substring(0, colon)).trim();
			String text = colon < 0 ? null : trimmed.substring(colon + 1).trim();
			if (id.isEmpty() || id.length() > 100) {
				throw new InvalidInputException("invalid_scope_line",
						"Scope line '" + trimmed + "' needs a requirement id of 1 to 100 characters before the colon");
			}
			if (seen.add(id)) {
				items.add(new ChecklistItem(items.size() + 1, id, text == null || text.isEmpty() ? null : text));
			}
		}
		if (items.isEmpty()) {
			throw new InvalidInputException("missing_audit_scope", "The audit scope names no requirement");
		}
		return items;
	}

}
