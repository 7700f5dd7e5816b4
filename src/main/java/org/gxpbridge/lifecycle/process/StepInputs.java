package org.gxpbridge.lifecycle.process;

import static org.gxpbridge.lifecycle.ComplianceLifecycleModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gxpbridge.lifecycle.Programme;
import org.gxpbridge.lifecycle.Programmes;
import org.springframework.stereotype.Component;

/**
 * The texts the programme hands its steps (call activity in-mappings), named after the
 * programme and cycle so every step's record says which programme cycle opened it.
 */
@Component("programmeStepInputs")
public class StepInputs {

	private final Programmes programmes;

	StepInputs(Programmes programmes) {
		this.programmes = programmes;
	}

	/** Step 1's reason for the register review. */
	public String changeReason(DelegateExecution execution) {
		return "Compliance programme " + label(execution);
	}

	/** Step 2's assessment title, step 3's register title. */
	public String title(DelegateExecution execution) {
		Programme p = programmes.get(execution.getProcessBusinessKey());
		return p.title() + " (" + label(execution) + ")";
	}

	private static String label(DelegateExecution execution) {
		return execution.getProcessBusinessKey() + ", cycle " + execution.getVariable(VAR_CYCLE);
	}

}
