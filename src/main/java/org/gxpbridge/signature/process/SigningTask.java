package org.gxpbridge.signature.process;

import java.util.List;
import java.util.Set;

/**
 * An open user task as the signing service needs it: where it sits, which meanings it
 * allows, its candidates, and who authored the record (from engine history through the
 * workflow task model, never from a variable).
 */
public record SigningTask(String taskId, String taskDefinitionKey, String taskName, String processInstanceId,
		String businessKey, String processDefinitionId, String processDefinitionKey, int processDefinitionVersion,
		List<String> allowedMeanings, String assignee, Set<String> candidateUsers, Set<String> candidateGroups,
		Set<String> authors) {

	public boolean isSigningStep() {
		return !allowedMeanings.isEmpty();
	}
}
