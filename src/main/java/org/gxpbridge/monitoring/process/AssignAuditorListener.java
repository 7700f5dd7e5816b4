package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.InternalAuditModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.gxpbridge.monitoring.AuditWork;
import org.springframework.stereotype.Component;

/**
 * The planned auditor, from the programme's tables (not the form variable), works the
 * audit.
 */
@Component("assignAuditorListener")
class AssignAuditorListener implements ExecutionListener {

	private final AuditWork audits;

	AssignAuditorListener(AuditWork audits) {
		this.audits = audits;
	}

	@Override
	public void notify(DelegateExecution execution) {
		execution.setVariableLocal(VAR_AUDIT_ASSIGNEE,
				audits.audit((String) execution.getVariable(VAR_AUDIT_ID)).auditorId());
	}

}
