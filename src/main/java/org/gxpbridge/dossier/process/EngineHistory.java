package org.gxpbridge.dossier.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.dossier.RecordSummary;
import org.springframework.stereotype.Component;

/**
 * Reads one instance's engine history page by page (never the whole history at once):
 * what the record is, its activities and its variable updates, the latter joined with the
 * ledger entries that captured them (who, old value, reason).
 */
@Component("dossierEngineHistory")
public class EngineHistory {

	static final int PAGE = 500;

	// ledger entries are looked up for at most this many history rows at a time: the
	// database tests each entry it finds against every id of the list, so a page of 500
	// ids cost 500 comparisons per row; a tenth of a 10,000-event PDF's time
	static final int LEDGER_LOOKUP = 100;

	private final HistoryService history;

	private final RepositoryService repository;

	private final AuditLedger ledger;

	private final RuntimeService runtime;

	EngineHistory(HistoryService history, RepositoryService repository, AuditLedger ledger, RuntimeService runtime) {
		this.runtime = runtime;
		this.history = history;
		this.repository = repository;
		this.ledger = ledger;
	}

	public Optional<RecordSummary> summary(String processInstanceId) {
		HistoricProcessInstance pi = history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		if (pi == null) {
			return Optional.empty();
		}
		ProcessDefinition d = repository.getProcessDefinition(pi.getProcessDefinitionId());
		boolean running = pi.getEndTime() == null;
		return Optional.of(new RecordSummary(pi.getId(), pi.getBusinessKey(), title(pi.getId()), d.getId(), d.getKey(),
				d.getName() == null ? d.getKey() : d.getName(), d.getVersion(), d.getVersionTag(), d.getDeploymentId(),
				pi.getState(), running, instant(pi.getStartTime()), instant(pi.getEndTime()), pi.getStartUserId()));
	}

	/**
	 * The title variable of a record, where the process has one ("title" or "…Title").
	 */
	private String title(String processInstanceId) {
		return history.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.disableBinaryFetching()
			.disableCustomObjectDeserialization()
			.list()
			.stream()
			.filter(v -> v.getName().equals("title") || v.getName().endsWith("Title"))
			.filter(v -> v.getValue() instanceof String)
			.sorted((a, b) -> a.getName().compareTo(b.getName()))
			.map(HistoricVariableInstance::getValue)
			.map(String.class::cast)
			.findFirst()
			.orElse(null);
	}

	public void forEachActivity(String processInstanceId, Consumer<ActivityLine> each) {
		for (int first = 0;; first += PAGE) {
			List<HistoricActivityInstance> page = history.createHistoricActivityInstanceQuery()
				.processInstanceId(processInstanceId)
				.orderByHistoricActivityInstanceStartTime()
				.asc()
				.orderPartiallyByOccurrence()
				.asc()
				.listPage(first, PAGE);
			// a signing step completes without an assignee: who completed it is the
			// ledger's actor
			Map<String, AuditEntry> tasks = ledger.entriesAboutHistoryRows(processInstanceId, "ACT_HI_TASKINST",
					page.stream().map(HistoricActivityInstance::getTaskId).filter(Objects::nonNull).toList());
			page.forEach(a -> each.accept(new ActivityLine(a.getId(), a.getActivityId(), a.getActivityName(),
					a.getActivityType(), who(a, tasks.get(a.getTaskId())), instant(a.getStartTime()),
					instant(a.getEndTime()), a.getDurationInMillis(),
					a.getEndTime() == null ? "RUNNING" : a.isCanceled() ? "CANCELED" : "COMPLETED")));
			if (page.size() < PAGE) {
				return;
			}
		}
	}

	private static String who(HistoricActivityInstance a, AuditEntry task) {
		if (a.getAssignee() != null) {
			return a.getAssignee();
		}
		return task == null || task.actorId() == null || "system".equals(task.actorId()) ? null : task.actorId();
	}

	/**
	 * Where a running instance waits now: activities entered and not left, and steps
	 * waiting for their job (asynchronous continuation), which have no activity instance
	 * yet.
	 */
	public Set<String> waitingAt(String processInstanceId) {
		if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
			return Set.of();
		}
		return new LinkedHashSet<>(runtime.getActiveActivityIds(processInstanceId));
	}

	/**
	 * Every variable update of the instance in the order it happened (time, the
	 * variable's update counter, its name), read in pages keyed by time.
	 */
	public void forEachVariableChange(String processInstanceId, Consumer<VariableChange> each) {
		VariableUpdatePages pages = new VariableUpdatePages(history, processInstanceId, PAGE);
		for (List<HistoricDetail> page = pages.next(); !page.isEmpty(); page = pages.next()) {
			Map<String, AuditEntry> entries = new HashMap<>();
			for (int from = 0; from < page.size(); from += LEDGER_LOOKUP) {
				entries.putAll(ledger.entriesAboutHistoryRows(processInstanceId, "ACT_HI_DETAIL",
						page.subList(from, Math.min(from + LEDGER_LOOKUP, page.size()))
							.stream()
							.map(HistoricDetail::getId)
							.toList()));
			}
			for (HistoricDetail d : page) {
				HistoricVariableUpdate u = (HistoricVariableUpdate) d;
				AuditEntry e = entries.get(d.getId());
				each.accept(new VariableChange(d.getId(), instant(d.getTime()), u.getVariableName(), u.getTypeName(),
						e == null ? null : e.oldValue(), render(u),
						e == null ? null : e.actorName() + " (" + e.actorId() + ")", e == null ? null : e.reason(),
						d.getActivityInstanceId(), e == null ? null : e.seq()));
			}
		}
	}

	private static String render(HistoricVariableUpdate u) {
		Object value = u.getValue();
		if (value == null) {
			return u.getErrorMessage() != null || !"null".equals(u.getTypeName()) ? "[" + u.getTypeName() + "]" : null;
		}
		if (value instanceof Date date) {
			return date.toInstant().toString();
		}
		return value instanceof String || value instanceof Number || value instanceof Boolean ? value.toString()
				: "[" + u.getTypeName() + "]";
	}

	/** The BPMN XML of the definition version this instance runs (or ran) on. */
	public String diagramXml(String processDefinitionId) {
		try (InputStream in = repository.getProcessModel(processDefinitionId)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

}
