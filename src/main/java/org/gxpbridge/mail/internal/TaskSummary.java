package org.gxpbridge.mail.internal;

import java.time.Instant;

/** What a task mail says about the task. */
public record TaskSummary(String taskId, String taskName, String processName, String businessKey, Instant due) {
}
