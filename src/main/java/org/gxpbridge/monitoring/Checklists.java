package org.gxpbridge.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gxpbridge.regulation.RegulationCatalogue;
import org.gxpbridge.regulation.Requirement;
import org.gxpbridge.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * An audit's checklist from the requirements in its scope, one line each:
 * {@code framework:ISO-13485} (every requirement of a catalogue framework),
 * {@code 21-CFR-11/11.10(e)} (one catalogue requirement, its title as the text), or a
 * free {@code id: text} / {@code id} for what the catalogue does not hold (an internal
 * SOP clause).
 */
@Component
class Checklists {

	static final String FRAMEWORK_PREFIX = "framework:";

	private final RegulationCatalogue catalogue;

	Checklists(RegulationCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	List<ChecklistItem> fromScope(String scope) {
		Map<String, String> requirements = new LinkedHashMap<>();
		for (String line : scope.split("\\R")) {
			String trimmed = line.trim();
			if (trimmed.isEmpty()) {
				continue;
			}
			if (trimmed.startsWith(FRAMEWORK_PREFIX)) {
				String framework = trimmed.substring(FRAMEWORK_PREFIX.length()).trim();
				if (catalogue.framework(framework).isEmpty()) {
					throw new InvalidInputException("unknown_framework",
							"Scope line '" + trimmed + "': the catalogue has no framework '" + framework + "'");
				}
				catalogue.requirements(framework).forEach(r -> requirements.putIfAbsent(id(r), r.title()));
				continue;
			}
			int slash = trimmed.indexOf('/');
			if (slash > 0 && catalogue.framework(trimmed.substring(0, slash)).isPresent()) {
				String framework = trimmed.substring(0, slash);
				Requirement r = catalogue.requirement(framework, trimmed.substring(slash + 1).trim())
					.orElseThrow(() -> new InvalidInputException("unknown_requirement",
							"Scope line '" + trimmed + "': the catalogue has no such requirement in " + framework));
				requirements.putIfAbsent(id(r), r.title());
				continue;
			}
			int colon = trimmed.indexOf(':');
			String id = (colon < 0 ? trimmed : trimmed.substring(0, colon)).trim();
			String text = colon < 0 ? "" : trimmed.substring(colon + 1).trim();
			if (id.isEmpty() || id.length() > 100) {
				throw new InvalidInputException("invalid_scope_line",
						"Scope line '" + trimmed + "' needs a requirement id of 1 to 100 characters before the colon");
			}
			requirements.putIfAbsent(id, text.isEmpty() ? null : text);
		}
		if (requirements.isEmpty()) {
			throw new InvalidInputException("missing_audit_scope", "The audit scope names no requirement");
		}
		List<ChecklistItem> items = new ArrayList<>();
		requirements.forEach((id, text) -> items.add(new ChecklistItem(items.size() + 1, id, text)));
		return items;
	}

	private static String id(Requirement r) {
		return r.frameworkId() + "/" + r.id();
	}

}
