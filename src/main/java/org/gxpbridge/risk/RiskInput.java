package org.gxpbridge.risk;

/**
 * A risk as a user enters or changes it (POST/PUT of the register API). Safety risks
 * carry hazard, hazardous situation, harm, severity and probability; cybersecurity risks
 * asset, threat, vulnerability, severity of patient harm and exploitability. Residual
 * values are the scores after the risk controls. The FMEA fields (1–10) are optional;
 * give all three or none, before and after controls.
 */
public record RiskInput(String kind, String title, String hazard, String hazardousSituation, String harm, String asset,
		String threat, String vulnerability, Integer severity, Integer probability, Integer exploitability,
		String riskControls, Integer residualSeverity, Integer residualProbability, Integer residualExploitability,
		Integer fmeaSeverity, Integer fmeaOccurrence, Integer fmeaDetectability, Integer fmeaResidualOccurrence,
		Integer fmeaResidualDetectability) {

	/** A safety risk without residual scores or FMEA. */
	public static RiskInput safety(String title, String hazard, String hazardousSituation, String harm, int severity,
			int probability) {
		return new RiskInput(RiskKind.SAFETY.name(), title, hazard, hazardousSituation, harm, null, null, null,
				severity, probability, null, null, null, null, null, null, null, null, null, null);
	}

	/** A cybersecurity risk without residual scores or FMEA. */
	public static RiskInput cyber(String title, String asset, String threat, String vulnerability, int severity,
			int exploitability) {
		return new RiskInput(RiskKind.CYBERSECURITY.name(), title, null, null, null, asset, threat, vulnerability,
				severity, null, exploitability, null, null, null, null, null, null, null, null, null);
	}

	/** The same risk with controls and the scores after them. */
	public RiskInput withControls(String controls, Integer residualSeverity, Integer residualLikelihood) {
		boolean safety = RiskKind.SAFETY.name().equals(kind);
		return new RiskInput(kind, title, hazard, hazardousSituation, harm, asset, threat, vulnerability, severity,
				probability, exploitability, controls, residualSeverity, safety ? residualLikelihood : null,
				safety ? null : residualLikelihood, fmeaSeverity, fmeaOccurrence, fmeaDetectability,
				fmeaResidualOccurrence, fmeaResidualDetectability);
	}

	/** The same risk with FMEA scores before and after controls. */
	public RiskInput withFmea(Integer severity, Integer occurrence, Integer detectability, Integer residualOccurrence,
			Integer residualDetectability) {
		return new RiskInput(kind, title, hazard, hazardousSituation, harm, asset, threat, vulnerability, this.severity,
				probability, exploitability, riskControls, residualSeverity, residualProbability,
				residualExploitability, severity, occurrence, detectability, residualOccurrence, residualDetectability);
	}

}
