package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.InternalAuditModel.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.monitoring.AuditWork;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * A finding's disposition: raise a CAPA, or close with a justification (refused without
 * one).
 */
@Component("disposeFindingListener")
class DisposeFindingListener implements TaskListener {

	private final AuditWork audits;

	DisposeFindingListener(AuditWork audits) {
		this.audits = audits;
	}

	@Override
	public void notify(DelegateTask task) {
		audits.dispose((String) task.getVariable(VAR_FINDING_ID), ProcessValues.text(task.getVariable(VAR_DISPOSITION)),
				ProcessValues.text(task.getVariable(VAR_JUSTIFICATION)), Actor.current(task));
	}

}
