package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.InternalAuditModel.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.monitoring.AuditWork;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Completing the plan records auditor and scope and generates the checklist; an auditor
 * who owns the area is refused.
 */
@Component("planAuditListener")
class PlanAuditListener implements TaskListener {

	private final AuditWork audits;

	PlanAuditListener(AuditWork audits) {
		this.audits = audits;
	}

	@Override
	public void notify(DelegateTask task) {
		audits.plan((String) task.getVariable(VAR_AUDIT_ID), ProcessValues.text(task.getVariable(VAR_AUDITOR)),
				ProcessValues.text(task.getVariable(VAR_SCOPE)), Actor.current(task));
	}

}
