package org.gxpbridge.monitoring;

import org.gxpbridge.shared.InvalidInputException;

/** What a root cause must contain to be recorded. */
final class RootCauses {

	private RootCauses() {
	}

	static void check(RootCause r) {
		if (r == null || r.method() == null
				|| !(RootCause.FIVE_WHYS.equals(r.method()) || RootCause.FISHBONE.equals(r.method()))) {
			throw new InvalidInputException("invalid_root_cause_method",
					"Root cause method must be " + RootCause.FIVE_WHYS + " or " + RootCause.FISHBONE);
		}
		Capas.required(r.statement(), "root_cause", "The root cause statement");
		if (RootCause.FIVE_WHYS.equals(r.method()) && r.whys().stream().allMatch(w -> w == null || w.isBlank())) {
			throw new InvalidInputException("missing_why", "A 5-why analysis needs at least the first 'why?' answered");
		}
		if (RootCause.FISHBONE.equals(r.method())
				&& r.fishbone().values().stream().allMatch(c -> c == null || c.isBlank())) {
			throw new InvalidInputException("missing_fishbone_cause",
					"A fishbone analysis needs a cause in at least one category " + RootCause.FISHBONE_CATEGORIES);
		}
		if (!RootCause.FISHBONE_CATEGORIES.containsAll(r.fishbone().keySet())) {
			throw new InvalidInputException("invalid_fishbone_category",
					"Fishbone categories are " + RootCause.FISHBONE_CATEGORIES);
		}
	}

}
