package org.gxpbridge.signature.process;

import java.util.List;
import java.util.Set;

/** An open user task as the signing service needs it: where it sits, which meanings it allows, who may work it. */
public record SigningTask(String taskId, String taskDefinitionKey, String taskName, String processInstanceId, String businessKey,
                          String processDefinitionId, String processDefinitionKey, int processDefinitionVersion,
                          List<String> allowedMeanings, String assignee, Set<String> candidateUsers, Set<String> candidateGroups,
                          String author) {

    public boolean isSigningStep() {
        return !allowedMeanings.isEmpty();
    }

    /** The assignee alone may work an assigned task; otherwise a candidate by user or by one of the groups. */
    public boolean mayBeWorkedBy(String userId, Set<String> groups) {
        if (assignee != null) {
            return assignee.equals(userId);
        }
        return candidateUsers.contains(userId) || groups.stream().anyMatch(candidateGroups::contains);
    }
}
