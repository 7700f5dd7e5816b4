package org.gxpbridge.signature;

import java.util.Map;

/**
 * A person signs a task: the password is re-entered for every signature (11.200(a)(1)),
 * the meaning is what the signature means (11.50), the variables are the values the
 * signer submits with the task.
 */
public record SignRequest(String taskId, String userId, String password, String meaning, Map<String, Object> variables,
		String comment, String clientAddress) {

	public SignRequest {
		variables = variables == null ? Map.of() : variables;
	}

	@Override
	public String toString() {
		return "SignRequest[taskId=" + taskId + ", userId=" + userId + ", meaning=" + meaning + "]";
	}
}
