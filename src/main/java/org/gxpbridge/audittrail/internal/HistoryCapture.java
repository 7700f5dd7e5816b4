package org.gxpbridge.audittrail.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.gxpbridge.security.CurrentUser;
import org.gxpbridge.shared.AuditFacts;

/**
 * Turns an engine history event, after the engine wrote its row, into a ledger entry
 * (P11-10e, CHK-01).
 */
final class HistoryCapture {

	static final String CLEANUP_ACTION = "HISTORY_CLEANUP_RAN";

	private final LedgerWriter writer;

	/**
	 * Business keys of recently seen instances, so entries of other kinds carry them
	 * without a query.
	 */
	private final Map<String, String> businessKeys = Collections
		.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
				return size() > 10_000;
			}
		});

	HistoryCapture(LedgerWriter writer) {
		this.writer = writer;
	}

	void record(HistoryEvent event, String oldValue) {
		HistoryRows.Table table = HistoryRows.tableOf(event);
		String objectType = objectType(event);
		String action = event.getEventType() == null ? "create" : event.getEventType();
		String objectId = event.getId();
		String field = null;
		String newValue = null;
		String contentHash = null;
		String actor = actor(event);
		Instant removalAt = null;
		if (event instanceof HistoricProcessInstanceEventEntity pi) {
			if (pi.getBusinessKey() != null) {
				businessKeys.put(pi.getProcessInstanceId(), pi.getBusinessKey());
			}
			newValue = pi.getState();
			removalAt = removalTime(pi);
		}
		else if (event instanceof HistoricVariableUpdateEventEntity v) {
			objectId = v.getVariableInstanceId();
			field = v.getVariableName();
			newValue = VariableValues.render(v.getTextValue(), v.getLongValue(), v.getDoubleValue(), v.getByteValue(),
					v.getSerializerName());
			contentHash = v.getByteValue() == null ? null : Canonical.sha256(v.getByteValue());
		}
		else if (event instanceof HistoricFormPropertyEventEntity f) {
			field = f.getPropertyId();
			newValue = f.getPropertyValue() == null ? null : String.valueOf(f.getPropertyValue());
		}
		else if (event instanceof UserOperationLogEntryEventEntity op) {
			action = op.getOperationType();
			objectType = "Operation:" + op.getEntityType();
			field = op.getProperty();
			oldValue = op.getOrgValue();
			newValue = op.getNewValue();
		}
		else if (event instanceof HistoricTaskInstanceEventEntity t) {
			field = "assignee";
			newValue = t.getAssignee();
		}
		else if (event instanceof HistoricActivityInstanceEventEntity a) {
			objectId = a.getActivityId() + "/" + a.getId();
		}
		else if (event instanceof HistoricJobLogEventEntity job
				&& "history-cleanup".equals(job.getJobDefinitionType())) {
			action = "HISTORY_CLEANUP_JOB:" + action;
		}
		EntryDraft draft = EntryDraft
			.inContext(AuditFacts.of(actor, action, objectType, objectId)
				.withRecord(event.getProcessInstanceId(), businessKey(event))
				.withChange(field, oldValue, newValue)
				.withContentHash(contentHash))
			.removableAt(removalAt);
		writer.append(table == null ? draft
				: draft.about(new EntryDraft.Source(table.name(), event.getId(), table.digest(event))));
	}

	/**
	 * The engine sets an ended instance's removal time (strategy "end": end time plus the
	 * definition's historyTimeToLive) after this event, so it is computed here the same
	 * way; verification accepts rows that history cleanup removed only after this time
	 * (CHK-19).
	 */
	private static Instant removalTime(HistoricProcessInstanceEventEntity pi) {
		if (pi.getRemovalTime() != null) {
			return pi.getRemovalTime().toInstant();
		}
		if (pi.getEndTime() == null || Context.getProcessEngineConfiguration() == null) {
			return null;
		}
		var definition = Context.getProcessEngineConfiguration()
			.getDeploymentCache()
			.findDeployedProcessDefinitionById(pi.getProcessDefinitionId());
		Integer ttl = definition == null ? null : definition.getHistoryTimeToLive();
		return ttl == null ? null : pi.getEndTime().toInstant().plus(Duration.ofDays(ttl));
	}

	private static String actor(HistoryEvent event) {
		if (event instanceof UserOperationLogEntryEventEntity op && op.getUserId() != null) {
			return op.getUserId();
		}
		CommandContext context = Context.getCommandContext();
		String engineUser = context == null ? null : context.getAuthenticatedUserId();
		return engineUser != null ? engineUser : CurrentUser.idOrSystem();
	}

	private String businessKey(HistoryEvent event) {
		String pi = event.getProcessInstanceId();
		if (pi == null) {
			return null;
		}
		String known = businessKeys.get(pi);
		if (known != null) {
			return known;
		}
		CommandContext context = Context.getCommandContext();
		ExecutionEntity execution = context == null ? null
				: context.getDbEntityManager().getCachedEntity(ExecutionEntity.class, pi);
		return execution == null ? null : execution.getBusinessKey();
	}

	private static String objectType(HistoryEvent event) {
		if (event instanceof HistoricProcessInstanceEventEntity) {
			return "ProcessInstance";
		}
		else if (event instanceof HistoricActivityInstanceEventEntity) {
			return "ActivityInstance";
		}
		else if (event instanceof HistoricTaskInstanceEventEntity) {
			return "Task";
		}
		else if (event instanceof HistoricVariableUpdateEventEntity) {
			return "Variable";
		}
		else if (event instanceof HistoricIdentityLinkLogEventEntity) {
			return "IdentityLink";
		}
		else if (event instanceof HistoricIncidentEventEntity) {
			return "Incident";
		}
		else if (event instanceof HistoricJobLogEventEntity) {
			return "Job";
		}
		return event.getClass().getSimpleName().replace("EventEntity", "").replace("Entity", "");
	}

}
