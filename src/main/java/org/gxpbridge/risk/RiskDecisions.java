package org.gxpbridge.risk;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import org.gxpbridge.risk.process.RiskDecisionTables;
import org.springframework.stereotype.Service;

/**
 * The decision tables of risk management (reference/regulatory.md §6.1, §6.2, §6.4) and
 * their keys. Inputs are checked before evaluation: a severity, probability or
 * exploitability outside 1–5, or an unknown worst harm, is refused with
 * {@link InvalidRiskInputException} naming the input; a table that matches no rule for a
 * valid input is a modelling error ({@link IllegalStateException}), never an answer.
 */
@Service
public class RiskDecisions {

	/** dmn/risk-acceptability.dmn: severity × probability → riskClass (§6.1). */
	public static final String ACCEPTABILITY_DECISION_KEY = "RiskAcceptabilityDecision";

	/**
	 * dmn/risk-acceptability.dmn, separate node: euMarket → afapJustificationRequired
	 * (§6.1, MDR Annex I).
	 */
	public static final String AFAP_DECISION_KEY = "AfapJustificationDecision";

	/**
	 * dmn/cyber-risk-control.dmn: severity × exploitability → riskState, patchTrack
	 * (§6.2).
	 */
	public static final String CYBER_CONTROL_DECISION_KEY = "CyberRiskControlDecision";

	/** dmn/software-safety-class.dmn: IEC 62304 class A, B or C (§6.4). */
	public static final String SOFTWARE_SAFETY_CLASS_DECISION_KEY = "SoftwareSafetyClassDecision";

	/** The worst credible harms the software safety class decision knows. */
	public static final List<String> WORST_HARMS = List.of("none", "non-serious injury", "serious injury", "death");

	/** The scale of severity, probability and exploitability: 1 to 5. */
	public static final int SCALE = 5;

	private final RiskDecisionTables tables;

	private volatile List<List<RiskOutcome>> acceptabilityGrid;

	private volatile List<List<RiskOutcome>> cyberGrid;

	RiskDecisions(RiskDecisionTables tables) {
		this.tables = tables;
	}

	/** {@code RiskAcceptabilityDecision} for one safety risk. */
	public RiskOutcome acceptability(Integer severity, Integer probability) {
		return acceptability(severity, probability, "severity", "probability");
	}

	RiskOutcome acceptability(Integer severity, Integer probability, String severityField, String probabilityField) {
		requireInScale(severityField, severity);
		requireInScale(probabilityField, probability);
		return RiskOutcome
			.ofDmn((String) single(ACCEPTABILITY_DECISION_KEY, Map.of("severity", severity, "probability", probability))
				.get("riskClass"));
	}

	/** {@code CyberRiskControlDecision} for one cybersecurity risk. */
	public CyberRiskControl cyberControl(Integer severity, Integer exploitability) {
		return cyberControl(severity, exploitability, "severity", "exploitability");
	}

	CyberRiskControl cyberControl(Integer severity, Integer exploitability, String severityField,
			String exploitabilityField) {
		requireInScale(severityField, severity);
		requireInScale(exploitabilityField, exploitability);
		Map<String, Object> out = single(CYBER_CONTROL_DECISION_KEY,
				Map.of("severity", severity, "exploitability", exploitability));
		return new CyberRiskControl(RiskOutcome.ofDmn((String) out.get("riskState")), (String) out.get("patchTrack"));
	}

	/**
	 * {@code AfapJustificationDecision}: whether every outcome needs an AFAP
	 * justification.
	 */
	public boolean afapJustificationRequired(boolean euMarket) {
		return Boolean.TRUE
			.equals(single(AFAP_DECISION_KEY, Map.of("euMarket", euMarket)).get("afapJustificationRequired"));
	}

	/**
	 * {@code SoftwareSafetyClassDecision}: "A", "B" or "C"; the table's "invalid" (an
	 * unacceptable contribution without an injury as worst harm) is refused as invalid
	 * input naming worstHarm.
	 */
	public String softwareSafetyClass(Boolean canContribute, Boolean unacceptableAfterExternalControls,
			String worstHarm) {
		if (canContribute == null) {
			throw new InvalidRiskInputException("canContributeToHazardousSituation", "is required (true or false)");
		}
		if (unacceptableAfterExternalControls == null) {
			throw new InvalidRiskInputException("unacceptableRiskAfterExternalControls", "is required (true or false)");
		}
		if (worstHarm == null || !WORST_HARMS.contains(worstHarm)) {
			throw new InvalidRiskInputException("worstHarm", "must be one of " + WORST_HARMS + ", was " + worstHarm);
		}
		String softwareClass = (String) single(SOFTWARE_SAFETY_CLASS_DECISION_KEY,
				Map.of("canContributeToHazardousSituation", canContribute, "unacceptableRiskAfterExternalControls",
						unacceptableAfterExternalControls, "worstHarm", worstHarm))
			.get("softwareSafetyClass");
		if ("invalid".equals(softwareClass)) {
			throw new InvalidRiskInputException("worstHarm",
					"software that contributes to an unacceptable risk must name an injury or death as worst harm, not 'none'");
		}
		return softwareClass;
	}

	/**
	 * The acceptability table as a grid, severity 1–5 (outer) by probability 1–5: what
	 * colours each heat map cell. Evaluated once; the tables change only with a
	 * deployment, which restarts the server.
	 */
	public List<List<RiskOutcome>> acceptabilityGrid() {
		if (acceptabilityGrid == null) {
			acceptabilityGrid = grid((s,
					p) -> RiskOutcome.ofDmn((String) onlyResult(ACCEPTABILITY_DECISION_KEY,
							Map.of("severity", s, "probability", p), tables.evaluateForDisplay(
									ACCEPTABILITY_DECISION_KEY, Map.of("severity", s, "probability", p)))
						.get("riskClass")));
		}
		return acceptabilityGrid;
	}

	/** The cyber control table as a grid, severity (outer) by exploitability. */
	public List<List<RiskOutcome>> cyberGrid() {
		if (cyberGrid == null) {
			cyberGrid = grid((s,
					e) -> RiskOutcome.ofDmn((String) onlyResult(CYBER_CONTROL_DECISION_KEY,
							Map.of("severity", s, "exploitability", e), tables.evaluateForDisplay(
									CYBER_CONTROL_DECISION_KEY, Map.of("severity", s, "exploitability", e)))
						.get("riskState")));
		}
		return cyberGrid;
	}

	private static List<List<RiskOutcome>> grid(BiFunction<Integer, Integer, RiskOutcome> decision) {
		return IntStream.rangeClosed(1, SCALE)
			.mapToObj(s -> IntStream.rangeClosed(1, SCALE).mapToObj(l -> decision.apply(s, l)).toList())
			.toList();
	}

	/**
	 * Refuses a missing score or one outside 1–5, naming the field: what every caller
	 * checks before a table is evaluated.
	 */
	public static void requireInScale(String field, Integer value) {
		if (value == null) {
			throw new InvalidRiskInputException(field, "is required (1 to " + SCALE + ")");
		}
		if (value < 1 || value > SCALE) {
			throw new InvalidRiskInputException(field, "must be from 1 to " + SCALE + ", was " + value);
		}
	}

	private Map<String, Object> single(String key, Map<String, Object> inputs) {
		return onlyResult(key, inputs, tables.evaluate(key, inputs));
	}

	private static Map<String, Object> onlyResult(String key, Map<String, Object> inputs,
			List<Map<String, Object>> results) {
		if (results.size() != 1) {
			throw new IllegalStateException(key + " matched " + results.size() + " rules for " + inputs
					+ ": the table is incomplete or overlapping (reference/regulatory.md §6)");
		}
		return results.get(0);
	}

}
