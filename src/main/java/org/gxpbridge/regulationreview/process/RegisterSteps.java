package org.gxpbridge.regulationreview.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gxpbridge.regulation.ApplicabilityRegister;
import org.gxpbridge.regulation.RegisterVersion;

/**
 * The register version an instance works on, found through the register's own
 * {@code process_instance_id} binding, never through the registerVersion variable a user
 * could rewrite.
 */
final class RegisterSteps {

	private RegisterSteps() {
	}

	static RegisterVersion versionOf(ApplicabilityRegister register, DelegateExecution execution) {
		return register.forProcessInstance(execution.getProcessInstanceId())
			.orElseThrow(
					() -> new IllegalStateException("No applicability register version is bound to process instance "
							+ execution.getProcessInstanceId()));
	}

	static String comment(DelegateExecution execution, String variable) {
		Object value = execution.getVariable(variable);
		return value == null || value.toString().isBlank() ? null : value.toString().strip();
	}

}
