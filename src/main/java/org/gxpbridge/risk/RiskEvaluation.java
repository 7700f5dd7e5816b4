package org.gxpbridge.risk;

/**
 * The register evaluated as a whole, what RiskAssessmentProcess branches on:
 * {@code outcome} is {@value RiskAssessmentModel#OUTCOME_UNACCEPTABLE} when a risk needs
 * a design change (safety unacceptable, or cybersecurity still uncontrolled after its
 * controls), else {@value RiskAssessmentModel#OUTCOME_CONTROL_REQUIRED} when a risk that
 * was not acceptable before controls has no confirmed controls and residual scores, else
 * {@value RiskAssessmentModel#OUTCOME_ACCEPTABLE}.
 */
public record RiskEvaluation(String registerId, int version, int risks, int designChangeRequired, int controlRequired,
		int alarp, boolean afapJustificationRequired, String outcome) {
}
