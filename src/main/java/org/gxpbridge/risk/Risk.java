package org.gxpbridge.risk;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One risk of a register as stored, with the decision tables' outcomes before and after
 * its controls ({@code outcomeAfter} null until residual scores are entered), the patch
 * track of a cybersecurity risk and the FMEA risk priority numbers (null without FMEA).
 * {@code controlsConfirmed}: the risk-control step confirmed its controls since it last
 * changed.
 */
public record Risk(String registerId, String riskId, RiskKind kind, String title, String hazard,
		String hazardousSituation, String harm, String asset, String threat, String vulnerability, int severity,
		Integer probability, Integer exploitability, String riskControls, Integer residualSeverity,
		Integer residualProbability, Integer residualExploitability, RiskOutcome outcomeBefore,
		RiskOutcome outcomeAfter, String patchTrack, Integer fmeaSeverity, Integer fmeaOccurrence,
		Integer fmeaDetectability, Integer fmeaResidualOccurrence, Integer fmeaResidualDetectability,
		boolean controlsConfirmed, String updatedBy, Instant updatedAt) {

	/** Probability (safety) or exploitability (cybersecurity) before controls. */
	public int likelihood() {
		return kind == RiskKind.SAFETY ? probability : exploitability;
	}

	/** Whether residual scores after controls were entered. */
	public boolean residualAssessed() {
		return outcomeAfter != null;
	}

	/** Residual likelihood, or the initial one when no residual scores exist. */
	public int likelihoodAfter() {
		Integer residual = kind == RiskKind.SAFETY ? residualProbability : residualExploitability;
		return residualAssessed() ? residual : likelihood();
	}

	public int severityAfter() {
		return residualAssessed() ? residualSeverity : severity;
	}

	/** The outcome that counts now: after controls when assessed, else before. */
	public RiskOutcome outcome() {
		return residualAssessed() ? outcomeAfter : outcomeBefore;
	}

	/**
	 * FMEA risk priority number before controls: severity × occurrence × detectability.
	 */
	@JsonProperty("rpnBefore")
	public Integer rpnBefore() {
		return fmeaSeverity == null ? null : fmeaSeverity * fmeaOccurrence * fmeaDetectability;
	}

	/** FMEA risk priority number after controls. */
	@JsonProperty("rpnAfter")
	public Integer rpnAfter() {
		return fmeaSeverity == null || fmeaResidualOccurrence == null ? null
				: fmeaSeverity * fmeaResidualOccurrence * fmeaResidualDetectability;
	}

}
