package org.gxpbridge.controls.process;

import static org.gxpbridge.controls.ControlImplementationModel.VAR_IMPLEMENTATION_ID;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.controls.ControlImplementations;
import org.gxpbridge.signature.Signatures;
import org.springframework.stereotype.Component;

/**
 * Task_MakeControlEffective: the control becomes effective only while a valid APPROVED
 * signature covers its record as it stands (P11-70); otherwise the job fails with the
 * reason and ends as an incident.
 */
@Component("makeControlEffectiveDelegate")
class MakeControlEffectiveDelegate implements JavaDelegate {

	private final ControlImplementations implementations;

	private final Signatures signatures;

	MakeControlEffectiveDelegate(ControlImplementations implementations, Signatures signatures) {
		this.implementations = implementations;
		this.signatures = signatures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String id = (String) execution.getVariable(VAR_IMPLEMENTATION_ID);
		signatures.missingForRelease(execution.getProcessInstanceId(), List.of("APPROVED")).ifPresent(reason -> {
			throw new IllegalStateException("Control implementation " + id + " is not approved: " + reason);
		});
		implementations.makeEffective(id);
	}

}
