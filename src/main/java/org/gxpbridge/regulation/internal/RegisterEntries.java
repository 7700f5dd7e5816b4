package org.gxpbridge.regulation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gxpbridge.regulation.ApplicableFramework;
import org.gxpbridge.regulation.RegulationCatalogue;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;

/**
 * One register entry: what makes it valid, and which of its fields a change touches (one
 * audit entry each).
 */
final class RegisterEntries {

	private static final int MAX_TEXT = 200;

	private RegisterEntries() {
	}

	static ApplicableFramework validated(ApplicableFramework e, RegulationCatalogue catalogue) {
		if (e == null || RegisterRules.isBlank(e.frameworkId())) {
			throw new InvalidInputException("framework_required", "Name the catalogue framework of the entry");
		}
		catalogue.framework(e.frameworkId())
			.orElseThrow(() -> new NotFoundException("framework_not_found",
					"The regulation catalogue has no framework " + e.frameworkId()));
		if (RegisterRules.isBlank(e.rationale())) {
			throw new InvalidInputException("rationale_required",
					"Say why " + e.frameworkId() + " applies or does not apply");
		}
		if (e.rationale().length() > 2000) {
			throw new InvalidInputException("rationale_too_long", "The rationale has at most 2000 characters");
		}
		for (String raci : new String[] { e.responsible(), e.accountable(), e.consulted(), e.informed() }) {
			if (raci != null && raci.length() > MAX_TEXT) {
				throw new InvalidInputException("raci_too_long", "A RACI value has at most 200 characters");
			}
		}
		return new ApplicableFramework(e.frameworkId(), e.applicable(), e.rationale().strip(),
				RegisterRules.trim(e.responsible()), RegisterRules.trim(e.accountable()),
				RegisterRules.trim(e.consulted()), RegisterRules.trim(e.informed()));
	}

	/** Field name to {old, new} for each field that differs. */
	static Map<String, String[]> changes(ApplicableFramework old, ApplicableFramework now) {
		Map<String, String[]> changed = new LinkedHashMap<>();
		List<String> names = List.of("applicable", "rationale", "responsible", "accountable", "consulted", "informed");
		List<String> before = old == null ? new ArrayList<>(Collections.nCopies(6, null)) : values(old);
		List<String> after = values(now);
		for (int i = 0; i < names.size(); i++) {
			if (!Objects.equals(before.get(i), after.get(i))) {
				changed.put(names.get(i), new String[] { before.get(i), after.get(i) });
			}
		}
		return changed;
	}

	private static List<String> values(ApplicableFramework e) {
		return Arrays.asList(String.valueOf(e.applicable()), e.rationale(), e.responsible(), e.accountable(),
				e.consulted(), e.informed());
	}

	static String describe(ApplicableFramework e) {
		return (e.applicable() ? "applicable" : "not applicable") + ": " + e.rationale();
	}

}
