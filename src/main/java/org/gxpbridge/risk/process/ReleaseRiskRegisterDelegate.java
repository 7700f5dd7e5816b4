package org.gxpbridge.risk.process;

import static org.gxpbridge.risk.RiskAssessmentModel.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gxpbridge.risk.RiskAssessment;
import org.gxpbridge.signature.Signatures;
import org.springframework.stereotype.Component;

/**
 * Task_ReleaseRiskRegister: the register is released only while a valid APPROVED
 * signature covers it as it stands (DESIGN.md §6; P11-70). Otherwise the job fails with
 * the reason, retries and ends as an incident: the register stays unreleased.
 */
@Component("releaseRiskRegisterDelegate")
class ReleaseRiskRegisterDelegate implements JavaDelegate {

	private final RiskAssessment assessment;

	private final Signatures signatures;

	ReleaseRiskRegisterDelegate(RiskAssessment assessment, Signatures signatures) {
		this.assessment = assessment;
		this.signatures = signatures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String registerId = (String) execution.getVariable(VAR_REGISTER_ID);
		signatures.missingForRelease(execution.getProcessInstanceId(), List.of(RELEASE_MEANING)).ifPresent(reason -> {
			throw new IllegalStateException("Risk register " + registerId + " is not released: " + reason
					+ ". It must be signed again (or the change reverted) before release.");
		});
		// the engine's clock, so that the release date and the review timer agree
		assessment.release(registerId, ClockUtil.getCurrentTime().toInstant());
	}

}
