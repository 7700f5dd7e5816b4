package org.gxpbridge.risk.internal;

import java.util.Optional;

import org.gxpbridge.risk.RiskRegisterView;
import org.gxpbridge.shared.SignableRecord;
import org.gxpbridge.shared.SignableRecords;
import org.springframework.stereotype.Component;

/**
 * What a signature of RiskAssessmentProcess covers: the register bound to the process
 * instance (its {@code process_instance_id} column, never a variable) at its current
 * version, with every risk. A change to the register or a risk after signing, through the
 * API or in SQL, makes the signature "changed since signing".
 */
@Component
class RiskRegisterRecords implements SignableRecords {

	static final String TYPE = "risk-register";

	private final RiskRows rows;

	RiskRegisterRecords(RiskRows rows) {
		this.rows = rows;
	}

	@Override
	public Optional<SignableRecord> forProcessInstance(String processInstanceId) {
		return rows.registerOf(processInstanceId).flatMap(rows::register).map(this::record);
	}

	private SignableRecord record(RiskRegisterView r) {
		return new SignableRecord(TYPE, r.id(), r.version(), RiskContent.canonical(r, rows.risks(r.id())));
	}

}
