package org.gxpbridge.monitoring;

import java.util.List;

import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;

/**
 * What a CAPA must satisfy before a change: required input, its status, no open action.
 */
final class CapaRules {

	private CapaRules() {
	}

	static void requireNoOpenActions(CapaRecord capa, String what) {
		List<String> open = capa.actions()
			.stream()
			.filter(CapaAction::isOpen)
			.map(a -> "#" + a.number() + " (" + a.ownerId() + ")")
			.toList();
		if (!open.isEmpty()) {
			throw new ConflictException("capa_actions_open",
					"CAPA " + capa.id() + " cannot be " + what + " while actions are open: " + String.join(", ", open));
		}
	}

	static CapaRecord requireStatus(CapaRecord capa, CapaStatus... allowed) {
		if (!List.of(allowed).contains(capa.status())) {
			throw new ConflictException("capa_status",
					"CAPA " + capa.id() + " is " + capa.status() + "; this needs it to be " + List.of(allowed));
		}
		return capa;
	}

	static String required(String text, String code, String label) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("missing_" + code, label + " is required");
		}
		return text.trim();
	}

	static void validate(NewCapa capa) {
		if (capa == null || capa.source() == null || capa.severity() == null) {
			throw new InvalidInputException("missing_capa_source", "A CAPA needs its source "
					+ List.of(CapaSource.values()) + " and severity " + List.of(Severity.values()));
		}
		required(capa.title(), "capa_title", "Title");
		required(capa.sourceReference(), "capa_source_reference",
				"The id of the source record (" + capa.source() + ")");
	}

}
