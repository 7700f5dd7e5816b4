package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.InternalAuditModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.monitoring.AuditProgramme;
import org.springframework.stereotype.Component;

/**
 * Task_DetermineAuditFrequency: AuditFrequencyDecision sets how long the programme waits
 * for the area's next audit, which is scheduled now.
 */
@Component("determineAuditFrequencyDelegate")
class DetermineAuditFrequencyDelegate implements JavaDelegate {

	private final AuditProgramme programme;

	DetermineAuditFrequencyDelegate(AuditProgramme programme) {
		this.programme = programme;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var scheduled = programme.scheduleNext((String) execution.getVariable(VAR_AREA_ID));
		execution.setVariable(VAR_AUDIT_ID, scheduled.auditId());
		execution.setVariable(VAR_INTERVAL, scheduled.interval());
	}

}
