package org.gxpbridge.risk;

import java.time.Instant;
import java.util.List;

/**
 * A risk register at its current version: the plan, the risk management file's texts, the
 * software safety class with its inputs, the risks, the four heat maps (safety and
 * cybersecurity, before and after controls) and its dated snapshots (listed without
 * content). {@code status} is {@value #DRAFT} or {@value #RELEASED}.
 */
public record RiskRegisterView(String id, int version, String status, String title, RiskPlan plan,
		String afapJustification, SoftwareSafety softwareSafety, String benefitRiskConclusion, String processInstanceId,
		String createdBy, Instant createdAt, Instant releasedAt, List<Risk> risks, List<HeatMap> heatMaps,
		List<RiskSnapshot> snapshots) {

	public static final String DRAFT = "DRAFT";

	public static final String RELEASED = "RELEASED";

	/**
	 * The IEC 62304 classification's inputs and the class SoftwareSafetyClassDecision
	 * gave.
	 */
	public record SoftwareSafety(Boolean canContributeToHazardousSituation,
			Boolean unacceptableRiskAfterExternalControls, String worstHarm, String softwareSafetyClass) {
	}

	public RiskRegisterView withDetails(List<Risk> risks, List<HeatMap> heatMaps, List<RiskSnapshot> snapshots) {
		return new RiskRegisterView(id, version, status, title, plan, afapJustification, softwareSafety,
				benefitRiskConclusion, processInstanceId, createdBy, createdAt, releasedAt, risks, heatMaps, snapshots);
	}

}
