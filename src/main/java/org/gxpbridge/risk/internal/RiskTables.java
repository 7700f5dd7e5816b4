package org.gxpbridge.risk.internal;

import java.util.List;

import org.gxpbridge.shared.SealedRecordTable;
import org.gxpbridge.shared.SealedRecordTables;
import org.springframework.stereotype.Component;

/**
 * Risk management's records (V65): registers, risks and their snapshots, each change a
 * {@code RiskRecordChanged} entry about its row.
 */
@Component
class RiskTables implements SealedRecordTables {

	@Override
	public List<SealedRecordTable> sealedTables() {
		return List.of(sealedRiskRegister(), sealedRisk(), sealedRiskSnapshot());
	}

	private static SealedRecordTable sealedRiskRegister() {
		return SealedRecordTable.of("gxp_risk_register", "g.id", "gxp_risk_register g",
				"g.version, g.status, g.title, g.scope, g.intended_use, g.acceptability_criteria_ref, g.eu_market, "
						+ "g.afap_justification, g.sw_can_contribute, g.sw_unacceptable_risk, g.sw_worst_harm, "
						+ "g.software_safety_class, g.benefit_risk_conclusion, g.process_instance_id, g.created_by, "
						+ "g.created_at, g.released_at",
				SealedRecordTable.byObjectId("RiskRegister"));
	}

	private static SealedRecordTable sealedRisk() {
		return SealedRecordTable.of("gxp_risk", "k.register_id || '/' || k.risk_id", "gxp_risk k",
				"k.kind, k.title, k.hazard, k.hazardous_situation, k.harm, k.asset, k.threat, k.vulnerability, "
						+ "k.severity, k.probability, k.exploitability, k.risk_controls, k.residual_severity, "
						+ "k.residual_probability, k.residual_exploitability, k.outcome_before, k.outcome_after, "
						+ "k.patch_track, k.fmea_severity, k.fmea_occurrence, k.fmea_detectability, "
						+ "k.fmea_residual_occurrence, k.fmea_residual_detectability, k.controls_confirmed, "
						+ "k.updated_by, k.updated_at",
				SealedRecordTable.byObjectId("Risk"));
	}

	private static SealedRecordTable sealedRiskSnapshot() {
		return SealedRecordTable.of("gxp_risk_snapshot", "n.id", "gxp_risk_snapshot n",
				"n.register_id, n.register_version, n.kind, n.taken_at, n.taken_by, n.content, n.content_sha256",
				SealedRecordTable.byObjectId("RiskRegisterSnapshot"));
	}

}
