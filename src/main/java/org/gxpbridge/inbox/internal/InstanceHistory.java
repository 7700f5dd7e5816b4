package org.gxpbridge.inbox.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.gxpbridge.inbox.HistoryLine;
import org.springframework.stereotype.Component;

/**
 * The history of a process instance so far, from the engine's own history: who did what
 * and when.
 */
@Component
public class InstanceHistory {

	private final HistoryService history;

	InstanceHistory(HistoryService history) {
		this.history = history;
	}

	/**
	 * A task that has ended, with who completed it (from the engine's operation log: a
	 * signed step is completed without a claim) when it was completed rather than ended
	 * with its process.
	 */
	public record EndedTask(String name, String completedBy, Instant endedAt) {
	}

	/** The task once it has ended; empty when it is still open or never existed. */
	public Optional<EndedTask> ended(String taskId) {
		HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
		if (task == null) {
			return Optional.empty();
		}
		String completedBy = null;
		if ("completed".equals(task.getDeleteReason())) {
			completedBy = history.createUserOperationLogQuery()
				.taskId(taskId)
				.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
				.list()
				.stream()
				.map(UserOperationLogEntry::getUserId)
				.filter(Objects::nonNull)
				.findFirst()
				.orElse(task.getAssignee());
		}
		return Optional.of(new EndedTask(task.getName(), completedBy, task.getEndTime().toInstant()));
	}

	/**
	 * The name of a step of the instance as its model names it (the id when it has no
	 * name), so pages show "Review document", not Task_ReviewDocument.
	 */
	public String stepName(String processInstanceId, String taskDefinitionKey) {
		return history.createHistoricTaskInstanceQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskDefinitionKey)
			.list()
			.stream()
			.map(HistoricTaskInstance::getName)
			.filter(n -> n != null && !n.isBlank())
			.findFirst()
			.orElse(taskDefinitionKey);
	}

	public String businessKey(String processInstanceId) {
		HistoricProcessInstance pi = history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		return pi == null ? null : pi.getBusinessKey();
	}

	/**
	 * Business keys of many instances in one query (the inbox list must not ask once per
	 * line).
	 */
	public Map<String, String> businessKeys(Set<String> processInstanceIds) {
		Map<String, String> keys = new HashMap<>();
		if (!processInstanceIds.isEmpty()) {
			history.createHistoricProcessInstanceQuery()
				.processInstanceIds(processInstanceIds)
				.list()
				.forEach(pi -> keys.put(pi.getId(), pi.getBusinessKey()));
		}
		return keys;
	}

	public List<HistoryLine> of(String processInstanceId) {
		List<HistoryLine> lines = new ArrayList<>();
		HistoricProcessInstance pi = history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		if (pi != null) {
			lines.add(new HistoryLine(pi.getStartTime().toInstant(), pi.getStartUserId(),
					"started " + pi.getProcessDefinitionName(), pi.getBusinessKey()));
		}
		for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId)
			.activityType("userTask")
			.list()) {
			if (a.getEndTime() != null && !a.isCanceled()) {
				lines.add(new HistoryLine(a.getEndTime().toInstant(), a.getAssignee(),
						"completed " + a.getActivityName(), null));
			}
		}
		for (UserOperationLogEntry e : history.createUserOperationLogQuery()
			.processInstanceId(processInstanceId)
			.list()) {
			if (e.getProperty() == null || "Complete".equals(e.getOperationType())
					|| "Create".equals(e.getOperationType())) {
				continue;
			}
			String change = e.getProperty() + ": " + (e.getOrgValue() == null ? "—" : e.getOrgValue()) + " → "
					+ (e.getNewValue() == null ? "—" : e.getNewValue());
			lines.add(new HistoryLine(e.getTimestamp().toInstant(), e.getUserId(),
					e.getOperationType() + " " + e.getEntityType(), change));
		}
		lines.sort(Comparator.comparing(HistoryLine::when));
		return lines;
	}

}
