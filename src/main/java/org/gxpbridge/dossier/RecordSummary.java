package org.gxpbridge.dossier;

import java.time.Instant;

/**
 * What the record is: the process instance, its definition (key, name, version, version
 * tag, deployment), business key, a title where a variable names one, its state and
 * times. {@code inProgress} is true while the instance runs: every page of the dossier
 * then says so.
 */
public record RecordSummary(String processInstanceId, String businessKey, String title, String processDefinitionId,
		String processKey, String processName, int version, String versionTag, String deploymentId, String state,
		boolean inProgress, Instant startedAt, Instant endedAt, String startedBy) {
}
