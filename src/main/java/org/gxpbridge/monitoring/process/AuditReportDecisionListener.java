package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.InternalAuditModel.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.monitoring.AuditWork;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/** A report returned for changes puts the audit back in progress for its auditor. */
@Component("auditReportDecisionListener")
class AuditReportDecisionListener implements TaskListener {

	private final AuditWork audits;

	AuditReportDecisionListener(AuditWork audits) {
		this.audits = audits;
	}

	@Override
	public void notify(DelegateTask task) {
		if (REPORT_CHANGES_REQUESTED.equals(task.getVariable(VAR_REPORT_DECISION))) {
			audits.returnForRework((String) task.getVariable(VAR_AUDIT_ID),
					ProcessValues.text(task.getVariable(VAR_REPORT_COMMENT)), Actor.current(task));
		}
	}

}
