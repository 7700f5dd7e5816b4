package org.gxpbridge.audittrail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;

/**
 * Which ACT_HI_* row a history event writes, and the digest of the columns that carry
 * meaning (who, what, when, values). The same digest is computed from the event when it
 * is appended and from the row when the ledger is verified, so an UPDATE of such a
 * column, a DELETE of the row or an INSERT of a row the engine never wrote is found
 * (CHK-04). Columns the engine itself rewrites later (REMOVAL_TIME_, annotations) are
 * deliberately left out; for rows the engine updates (instances, tasks) the last entry
 * for the row must match.
 */
final class HistoryRows {

	enum Kind {

		TEXT, TIME, NUMBER

	}

	record Column(String name, Kind kind, Function<HistoryEvent, Object> value) {
	}

	record Table(String name, Class<? extends HistoryEvent> eventType, List<Column> columns) {

		String select() {
			return "select ID_, " + String.join(", ", columns.stream().map(Column::name).toList()) + " from " + name;
		}

		String digest(HistoryEvent event) {
			StringBuilder s = new StringBuilder();
			for (Column c : columns) {
				s.append(c.name).append('=').append(canonical(c.value.apply(event))).append('\u001f');
			}
			return Canonical.sha256(s.toString());
		}

		String digest(ResultSet rs) throws SQLException {
			StringBuilder s = new StringBuilder();
			for (Column c : columns) {
				Object v = switch (c.kind) {
					case TIME -> LedgerRows.millis(rs.getTimestamp(c.name));
					case NUMBER -> rs.getObject(c.name);
					case TEXT -> rs.getString(c.name);
				};
				s.append(c.name).append('=').append(canonical(v)).append('\u001f');
			}
			return Canonical.sha256(s.toString());
		}
	}

	static final List<Table> TABLES = List.of(
			new Table("ACT_HI_PROCINST", HistoricProcessInstanceEventEntity.class,
					List.of(text("BUSINESS_KEY_", e -> ((HistoricProcessInstanceEventEntity) e).getBusinessKey()),
							text("PROC_DEF_ID_", HistoryEvent::getProcessDefinitionId),
							text("STATE_", e -> ((HistoricProcessInstanceEventEntity) e).getState()),
							text("DELETE_REASON_", e -> ((HistoricProcessInstanceEventEntity) e).getDeleteReason()),
							time("END_TIME_", e -> ((HistoricProcessInstanceEventEntity) e).getEndTime()))),
			new Table("ACT_HI_ACTINST", HistoricActivityInstanceEventEntity.class,
					List.of(text("ACT_ID_", e -> ((HistoricActivityInstanceEventEntity) e).getActivityId()),
							text("ACT_TYPE_", e -> ((HistoricActivityInstanceEventEntity) e).getActivityType()),
							text("PROC_INST_ID_", HistoryEvent::getProcessInstanceId),
							time("END_TIME_", e -> ((HistoricActivityInstanceEventEntity) e).getEndTime()))),
			new Table("ACT_HI_TASKINST", HistoricTaskInstanceEventEntity.class,
					List.of(text("NAME_", e -> ((HistoricTaskInstanceEventEntity) e).getName()),
							text("TASK_DEF_KEY_", e -> ((HistoricTaskInstanceEventEntity) e).getTaskDefinitionKey()),
							text("ASSIGNEE_", e -> ((HistoricTaskInstanceEventEntity) e).getAssignee()),
							text("OWNER_", e -> ((HistoricTaskInstanceEventEntity) e).getOwner()),
							text("DELETE_REASON_", e -> ((HistoricTaskInstanceEventEntity) e).getDeleteReason()),
							time("DUE_DATE_", e -> ((HistoricTaskInstanceEventEntity) e).getDueDate()),
							time("END_TIME_", e -> ((HistoricTaskInstanceEventEntity) e).getEndTime()))),
			// variable updates and form properties (a form submitted over the engine's
			// submit-form route) share the table; a form property fills NAME_, TEXT_
			// and TIME_ only
			new Table("ACT_HI_DETAIL", HistoricDetailEventEntity.class, List.of(text("NAME_", HistoryRows::detailName),
					text("VAR_TYPE_", e -> variable(e, v -> v.getSerializerName())),
					text("PROC_INST_ID_", HistoryEvent::getProcessInstanceId), text("TEXT_", HistoryRows::detailText),
					text("TEXT2_", e -> variable(e, HistoricVariableUpdateEventEntity::getTextValue2)),
					number("LONG_", e -> variable(e, HistoricVariableUpdateEventEntity::getLongValue)),
					number("DOUBLE_", e -> variable(e, HistoricVariableUpdateEventEntity::getDoubleValue)),
					text("BYTEARRAY_ID_", e -> variable(e, HistoricVariableUpdateEventEntity::getByteArrayId)),
					time("TIME_", e -> ((HistoricDetailEventEntity) e).getTimestamp()))),
			new Table("ACT_HI_OP_LOG", UserOperationLogEntryEventEntity.class,
					List.of(text("USER_ID_", e -> ((UserOperationLogEntryEventEntity) e).getUserId()),
							text("OPERATION_TYPE_", e -> ((UserOperationLogEntryEventEntity) e).getOperationType()),
							text("ENTITY_TYPE_", e -> ((UserOperationLogEntryEventEntity) e).getEntityType()),
							text("PROPERTY_", e -> ((UserOperationLogEntryEventEntity) e).getProperty()),
							text("ORG_VALUE_", e -> ((UserOperationLogEntryEventEntity) e).getOrgValue()),
							text("NEW_VALUE_", e -> ((UserOperationLogEntryEventEntity) e).getNewValue()),
							time("TIMESTAMP_", e -> ((UserOperationLogEntryEventEntity) e).getTimestamp()))),
			new Table("ACT_HI_IDENTITYLINK", HistoricIdentityLinkLogEventEntity.class,
					List.of(text("TYPE_", e -> ((HistoricIdentityLinkLogEventEntity) e).getType()),
							text("USER_ID_", e -> ((HistoricIdentityLinkLogEventEntity) e).getUserId()),
							text("GROUP_ID_", e -> ((HistoricIdentityLinkLogEventEntity) e).getGroupId()),
							text("TASK_ID_", e -> ((HistoricIdentityLinkLogEventEntity) e).getTaskId()),
							text("OPERATION_TYPE_", e -> ((HistoricIdentityLinkLogEventEntity) e).getOperationType()),
							time("TIMESTAMP_", e -> ((HistoricIdentityLinkLogEventEntity) e).getTime()))),
			// an incident is the record that a step failed and how it was resolved; the
			// engine merges the whole row
			// from each incident event, so the last entry holds the row
			new Table("ACT_HI_INCIDENT", HistoricIncidentEventEntity.class,
					List.of(text("INCIDENT_TYPE_", e -> ((HistoricIncidentEventEntity) e).getIncidentType()),
							text("INCIDENT_MSG_", e -> ((HistoricIncidentEventEntity) e).getIncidentMessage()),
							text("PROC_INST_ID_", HistoryEvent::getProcessInstanceId),
							text("ACTIVITY_ID_", e -> ((HistoricIncidentEventEntity) e).getActivityId()),
							text("CONFIGURATION_", e -> ((HistoricIncidentEventEntity) e).getConfiguration()),
							number("INCIDENT_STATE_", e -> incidentState((HistoricIncidentEventEntity) e)),
							time("CREATE_TIME_", e -> ((HistoricIncidentEventEntity) e).getCreateTime()),
							time("END_TIME_", e -> ((HistoricIncidentEventEntity) e).getEndTime()))));

	private HistoryRows() {
	}

	/**
	 * The table the event's row lives in, or null for events without a cross-checked row.
	 */
	static Table tableOf(HistoryEvent event) {
		for (Table t : TABLES) {
			if (t.eventType.isInstance(event)) {
				return t;
			}
		}
		return null;
	}

	/**
	 * IncidentState codes as the engine stores them: 0 open, 1 resolved, 2 deleted (no
	 * getter on the event).
	 */
	private static Integer incidentState(HistoricIncidentEventEntity e) {
		return e.isResolved() ? 1 : e.isDeleted() ? 2 : 0;
	}

	private static Column text(String name, Function<HistoryEvent, Object> value) {
		return new Column(name, Kind.TEXT, value);
	}

	private static Column time(String name, Function<HistoryEvent, Object> value) {
		return new Column(name, Kind.TIME, value);
	}

	private static Column number(String name, Function<HistoryEvent, Object> value) {
		return new Column(name, Kind.NUMBER, value);
	}

	private static String canonical(Object v) {
		if (v == null) {
			return "\u2400";
		}
		if (v instanceof Date d) {
			return Long.toString(d.getTime());
		}
		if (v instanceof Float || v instanceof Double) {
			return Double.toString(((Number) v).doubleValue());
		}
		if (v instanceof Number n) {
			return Long.toString(n.longValue());
		}
		return v.toString();
	}

	private static Object detailName(HistoryEvent e) {
		return e instanceof HistoricFormPropertyEventEntity f ? f.getPropertyId()
				: ((HistoricVariableUpdateEventEntity) e).getVariableName();
	}

	private static Object detailText(HistoryEvent e) {
		return e instanceof HistoricFormPropertyEventEntity f ? f.getPropertyValue()
				: ((HistoricVariableUpdateEventEntity) e).getTextValue();
	}

	private static Object variable(HistoryEvent e, Function<HistoricVariableUpdateEventEntity, Object> value) {
		return e instanceof HistoricVariableUpdateEventEntity v ? value.apply(v) : null;
	}

}
