package org.gxpbridge.improvement.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.gxpbridge.controls.ControlledDocument;
import org.gxpbridge.controls.ControlledDocuments;
import org.gxpbridge.improvement.ChangeRequestDocument;
import org.gxpbridge.improvement.ChangeRequestRisk;
import org.gxpbridge.improvement.NewChangeRequest;
import org.gxpbridge.risk.Risk;
import org.gxpbridge.risk.RiskDecisions;
import org.gxpbridge.risk.RiskKind;
import org.gxpbridge.risk.RiskRegister;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Checks a change request's inputs against the other modules before anything is stored:
 * each linked risk exists in the risk register ({@code registerId/riskId}), each linked
 * document is effective in document control; and re-evaluates a linked risk through the
 * risk module's decision tables.
 */
@Component("changeRequestInputs")
public class ChangeRequestInputs {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final RiskRegister risks;

	private final RiskDecisions decisions;

	private final ControlledDocuments documents;

	ChangeRequestInputs(RiskRegister risks, RiskDecisions decisions, ControlledDocuments documents) {
		this.risks = risks;
		this.decisions = decisions;
		this.documents = documents;
	}

	/** Text fields present and bounded, the approved hash well formed (or absent). */
	public static String text(String field, String value, int max) {
		String t = value == null ? "" : value.strip();
		if (t.isEmpty() || t.length() > max) {
			throw new InvalidInputException("invalid_change_" + field,
					"Change request field '" + field + "' is required, at most " + max + " characters");
		}
		return t;
	}

	public static String sha256(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String h = value.strip().toLowerCase(Locale.ROOT);
		if (!SHA256.matcher(h).matches()) {
			throw new InvalidInputException("invalid_approved_sha256",
					"approvedSha256 '" + value + "' is not a SHA-256 (64 hexadecimal digits)");
		}
		return h;
	}

	/** The linked risks with the outcome the register holds now; unknown ones refused. */
	public List<ChangeRequestRisk> risks(NewChangeRequest r) {
		List<ChangeRequestRisk> out = new ArrayList<>();
		for (String ref : distinct(r.riskIds())) {
			Risk risk = risk(ref);
			out.add(new ChangeRequestRisk(ref, risk.title(), risk.outcome().name(), null, null, null));
		}
		return out;
	}

	/** The linked documents at their effective version; unknown ones refused. */
	public List<ChangeRequestDocument> documents(NewChangeRequest r) {
		List<ChangeRequestDocument> out = new ArrayList<>();
		for (String number : distinct(r.documentNumbers())) {
			ControlledDocument d = documents.current(number)
				.orElseThrow(() -> new InvalidInputException("unknown_document", "Controlled document '" + number
						+ "' is not known to document control (no effective version)"));
			out.add(new ChangeRequestDocument(d.documentNumber(), d.version(), d.title(), null, null, null));
		}
		return out;
	}

	/**
	 * The risk's outcome now, from the risk module's decision table
	 * (RiskAcceptabilityDecision or CyberRiskControlDecision) over its current scores.
	 */
	public String reevaluate(String ref) {
		Risk risk = risk(ref);
		return (risk.kind() == RiskKind.SAFETY ? decisions.acceptability(risk.severityAfter(), risk.likelihoodAfter())
				: decisions.cyberControl(risk.severityAfter(), risk.likelihoodAfter()).state())
			.name();
	}

	private Risk risk(String ref) {
		String[] parts = ref.split("/", 2);
		if (parts.length == 2) {
			try {
				for (Risk risk : risks.find(parts[0]).risks()) {
					if (risk.riskId().equals(parts[1])) {
						return risk;
					}
				}
			}
			catch (DomainException e) {
				// an unknown register: the same answer as an unknown risk
			}
		}
		throw new InvalidInputException("unknown_risk",
				"Risk '" + ref + "' is not in the risk register (expected registerId/riskId, e.g. RR-1a2b3c4d/R-001)");
	}

	/** Trimmed, without blanks and repeats, in the given order. */
	public static List<String> distinct(List<String> values) {
		Set<String> out = new LinkedHashSet<>();
		for (String v : values) {
			for (String part : v == null ? new String[0] : v.split("[,\\n]")) {
				if (!part.isBlank()) {
					out.add(part.strip());
				}
			}
		}
		return List.copyOf(out);
	}

}
