package org.gxpbridge.design.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.gxpbridge.design.DesignReview;
import org.gxpbridge.design.DesignReviewModel;
import org.gxpbridge.shared.InvalidInputException;

/**
 * What a reviewer answers, checked before anything is stored: the outcome, a finding for
 * every design input, and gap justifications as lines {@code <gap key>: <why>} naming
 * gaps the matrix has.
 */
public final class ReviewAnswers {

	private ReviewAnswers() {
	}

	public static String outcome(String value) {
		String o = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (!List.of(DesignReviewModel.OUTCOME_APPROVE, DesignReviewModel.OUTCOME_REWORK).contains(o)) {
			throw new InvalidInputException("invalid_outcome",
					DesignReviewModel.VAR_OUTCOME + " '" + value + "' is not one of [approve, rework]");
		}
		return o;
	}

	/** Finding per input of {@link DesignReview#INPUTS}, each required. */
	public static Map<String, String> findings(Map<String, String> byInput) {
		Map<String, String> findings = new LinkedHashMap<>();
		for (String input : DesignReview.INPUTS) {
			String text = byInput.get(input);
			if (text == null || text.isBlank()) {
				throw new InvalidInputException("missing_finding",
						"Record a finding for the design input " + input + " (say 'none' if there is none)");
			}
			if (text.strip().length() > 2000) {
				throw new InvalidInputException("invalid_finding",
						"The finding for " + input + " has at most 2000 characters");
			}
			findings.put(input, text.strip());
		}
		return findings;
	}

	public static Map<String, String> justifications(String text, Set<String> gapKeys) {
		Map<String, String> justified = new TreeMap<>();
		if (text == null) {
			return justified;
		}
		for (String line : text.split("\\r?\\n")) {
			if (line.isBlank()) {
				continue;
			}
			int colon = line.indexOf(':', line.indexOf(':') + 1);
			String key = colon < 0 ? line.strip() : line.substring(0, colon).strip();
			String why = colon < 0 ? "" : line.substring(colon + 1).strip();
			if (!gapKeys.contains(key)) {
				throw new InvalidInputException("unknown_gap", "gapJustifications: '" + key
						+ "' is not an open gap of the traceability matrix " + new TreeSet<>(gapKeys));
			}
			if (why.isEmpty() || why.length() > 2000) {
				throw new InvalidInputException("missing_justification",
						"gapJustifications: say why gap " + key + " is acceptable (one line '" + key + ": <why>')");
			}
			justified.put(key, why);
		}
		return justified;
	}

}
