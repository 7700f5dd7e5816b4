package org.gxpbridge.reports.internal;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.gxpbridge.reports.ReportColumn;
import org.gxpbridge.reports.ReportProvider;
import org.gxpbridge.reports.ReportRequest;
import org.gxpbridge.security.Role;
import org.springframework.stereotype.Component;

/**
 * Open steps of every process, from the engine (a server-side query, not filtered by the
 * reader's engine permissions); overdue means the due date has passed on the engine's
 * clock. Filter {@code overdue=yes} for the overdue ones only.
 */
@Component
class OpenTasksReport implements ReportProvider {

	private static final List<ReportColumn> COLUMNS = List.of(ReportColumn.of("task", "Step"),
			ReportColumn.of("process", "Process"), ReportColumn.of("businessKey", "Business key"),
			ReportColumn.of("processInstanceId", "Process instance"), ReportColumn.of("assignee", "Assignee"),
			ReportColumn.of("created", "Created (UTC)"), ReportColumn.of("due", "Due (UTC)"),
			ReportColumn.of("overdue", "Overdue"));

	private final TaskService tasks;

	private final HistoryService history;

	private final RepositoryService repository;

	OpenTasksReport(TaskService tasks, HistoryService history, RepositoryService repository) {
		this.tasks = tasks;
		this.history = history;
		this.repository = repository;
	}

	@Override
	public String id() {
		return "open-tasks";
	}

	@Override
	public String title() {
		return "Open and overdue tasks";
	}

	@Override
	public String description() {
		return "Every open step of every process, oldest first; overdue = its due date has passed.";
	}

	@Override
	public Set<Role> readers() {
		return Set.of(Role.QUALITY_MANAGER, Role.AUDITOR, Role.INSPECTOR);
	}

	@Override
	public List<ReportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public Stream<List<String>> rows(ReportRequest request) {
		List<Task> open = tasks.createTaskQuery().active().orderByTaskCreateTime().asc().list();
		Set<String> instances = open.stream()
			.map(Task::getProcessInstanceId)
			.filter(id -> id != null)
			.collect(Collectors.toSet());
		Map<String, String> keys = new HashMap<>();
		if (!instances.isEmpty()) {
			history.createHistoricProcessInstanceQuery()
				.processInstanceIds(instances)
				.list()
				.forEach(pi -> keys.put(pi.getId(), pi.getBusinessKey()));
		}
		Map<String, String> names = new HashMap<>();
		Date now = ClockUtil.getCurrentTime();
		return open.stream().map(t -> {
			String process = t.getProcessDefinitionId() == null ? ""
					: names.computeIfAbsent(t.getProcessDefinitionId(), this::processName);
			boolean overdue = t.getDueDate() != null && t.getDueDate().before(now);
			return List.of(nz(t.getName()), process, nz(keys.get(t.getProcessInstanceId())),
					nz(t.getProcessInstanceId()), nz(t.getAssignee()), time(t.getCreateTime()), time(t.getDueDate()),
					overdue ? "yes" : "no");
		});
	}

	private String processName(String definitionId) {
		ProcessDefinition d = repository.getProcessDefinition(definitionId);
		return d.getName() == null ? d.getKey() : d.getName();
	}

	private static String time(Date date) {
		return date == null ? "" : Instant.ofEpochMilli(date.getTime()).toString();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
