package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.InternalAuditModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.monitoring.AuditProgramme;
import org.gxpbridge.monitoring.NewAuditArea;
import org.gxpbridge.monitoring.RiskLevel;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/** Task_EnrolAuditArea: the area enters the audit programme, bound to this instance. */
@Component("enrolAuditAreaDelegate")
class EnrolAuditAreaDelegate implements JavaDelegate {

	private final AuditProgramme programme;

	EnrolAuditAreaDelegate(AuditProgramme programme) {
		this.programme = programme;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var area = programme.register(
				new NewAuditArea(ProcessValues.text(execution.getVariable(VAR_AREA_NAME)),
						ProcessValues.text(execution.getVariable(VAR_AREA_OWNER)),
						RiskLevel.parse(ProcessValues.text(execution.getVariable(VAR_RISK_LEVEL)))),
				Actor.current(execution), execution.getProcessInstanceId());
		execution.setVariable(VAR_AREA_ID, area.id());
	}

}
