package org.gxpbridge.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.gxpbridge.monitoring.internal.CapaStore;
import org.gxpbridge.security.AccountStatus;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.NotPermittedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The rules of a CAPA's actions: an owner who can work, a due date not in the past,
 * completion by the owner.
 */
@Component
class CapaActions {

	private final CapaStore store;

	private final Accounts accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CapaActions(CapaStore store, Accounts accounts, Clock clock, ApplicationEventPublisher events) {
		this.store = store;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	CapaAction add(CapaRecord capa, NewCapaAction action, String actorId) {
		if (action == null) {
			throw new InvalidInputException("missing_action", "An action needs a description, an owner and a due date");
		}
		String description = Capas.required(action.description(), "action_description", "The action's description");
		String owner = Capas.required(action.ownerId(), "action_owner", "The action's owner");
		var account = accounts.find(owner)
			.filter(a -> a.status() == AccountStatus.ACTIVE
					&& a.roles().stream().anyMatch(Role.CONTENT_ROLES::contains))
			.orElseThrow(() -> new InvalidInputException("unknown_action_owner",
					"Owner '" + owner + "' is not an active user who can work on records"));
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		if (action.dueDate() == null) {
			throw new InvalidInputException("missing_action_due_date", "The action's due date is required");
		}
		if (action.dueDate().isBefore(today)) {
			throw new InvalidInputException("action_due_date_in_past",
					"Due date " + action.dueDate() + " is in the past (today is " + today + ")");
		}
		int number = capa.actions().stream().mapToInt(CapaAction::number).max().orElse(0) + 1;
		CapaAction added = new CapaAction("ACT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
				capa.id(), number, description, account.userId(), action.dueDate(), CapaAction.OPEN, null, null, null);
		store.insertAction(added);
		events.publishEvent(new CapaChanged(capa.id(), "CAPA_ACTION_ADDED", "action #" + number, null,
				description + " (owner " + added.ownerId() + ", due " + added.dueDate() + ")", actorId,
				capa.processInstanceId(), null));
		return added;
	}

	CapaAction complete(String actionId, String outcome, String actorId) {
		CapaAction action = store.action(actionId)
			.orElseThrow(
					() -> new NotFoundException("capa_action_not_found", "No CAPA action with id '" + actionId + "'"));
		if (!action.isOpen()) {
			throw new ConflictException("capa_action_done", "Action #" + action.number() + " is already done");
		}
		if (!action.ownerId().equals(Accounts.normalize(actorId))) {
			throw new NotPermittedException("not_action_owner",
					"Only the owner (" + action.ownerId() + ") completes action #" + action.number());
		}
		String text = Capas.required(outcome, "action_outcome", "What was done (the action's outcome)");
		store.actionDone(action, text, action.ownerId(), clock.instant());
		CapaRecord capa = store.find(action.capaId()).orElseThrow();
		events.publishEvent(new CapaChanged(action.capaId(), "CAPA_ACTION_DONE", "action #" + action.number(),
				CapaAction.OPEN, CapaAction.DONE + ": " + text, actorId, capa.processInstanceId(), null));
		return store.action(actionId).orElseThrow();
	}

}
