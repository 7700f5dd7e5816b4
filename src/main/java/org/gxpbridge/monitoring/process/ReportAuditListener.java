package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.InternalAuditModel.*;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.monitoring.AuditWork;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Completing the execution records the report; each finding will get a disposition task.
 */
@Component("reportAuditListener")
class ReportAuditListener implements TaskListener {

	private final AuditWork audits;

	ReportAuditListener(AuditWork audits) {
		this.audits = audits;
	}

	@Override
	public void notify(DelegateTask task) {
		var findings = audits.report((String) task.getVariable(VAR_AUDIT_ID),
				ProcessValues.text(task.getVariable(VAR_SUMMARY)), Actor.current(task));
		task.getExecution().setVariable(VAR_FINDING_IDS, new ArrayList<>(findings));
	}

}
