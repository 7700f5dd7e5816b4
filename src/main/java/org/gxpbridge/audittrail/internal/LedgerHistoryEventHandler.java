package org.gxpbridge.audittrail.internal;

import java.util.List;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;

/**
 * Composes the ledger with the engine's own handler (a
 * {@code CompositeDbHistoryEventHandler}): the engine writes its ACT_HI_* row first, then
 * the same event goes to the ledger in the same command and transaction. The old value of
 * a variable is read before the engine overwrites it, so the entry shows old and new
 * (P11-10e).
 */
final class LedgerHistoryEventHandler implements HistoryEventHandler {

	private final HistoryEventHandler engineHandler;

	private final HistoryCapture capture;

	LedgerHistoryEventHandler(HistoryEventHandler engineHandler, HistoryCapture capture) {
		this.engineHandler = engineHandler;
		this.capture = capture;
	}

	@Override
	public void handleEvent(HistoryEvent event) {
		String oldValue = oldValue(event);
		engineHandler.handleEvent(event);
		capture.record(event, oldValue);
	}

	@Override
	public void handleEvents(List<HistoryEvent> events) {
		events.forEach(this::handleEvent);
	}

	private static String oldValue(HistoryEvent event) {
		if (!(event instanceof HistoricVariableUpdateEventEntity v)
				|| event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)) {
			return null;
		}
		CommandContext context = Context.getCommandContext();
		if (context == null) {
			return null;
		}
		// the engine handler selects the same row next; this select fills the session
		// cache it then uses
		return VariableValues.render(context.getDbEntityManager()
			.selectById(HistoricVariableInstanceEntity.class, v.getVariableInstanceId()));
	}

}
