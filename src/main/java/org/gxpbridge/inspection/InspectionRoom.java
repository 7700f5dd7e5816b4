package org.gxpbridge.inspection;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.gxpbridge.inspection.internal.InspectionRequestStore;
import org.gxpbridge.inspection.process.InspectionRequestStarter;
import org.gxpbridge.security.Account;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.NotPermittedException;
import org.gxpbridge.workflow.TaskModel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection room: inspectors file requests, the back room's steps of
 * InspectionRequestProcess record assignment, response, review and publication here, each
 * timed and published as {@link InspectionRequestRecorded}. The front room (INSPECTOR)
 * sees the requests its own account filed, and a response only once it is published; the
 * back room (QUALITY_MANAGER, AUDITOR) sees all.
 */
@Service
public class InspectionRoom {

	private final InspectionRequestStore store;

	private final InspectionRequestStarter starter;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InspectionRoom(InspectionRequestStore store, InspectionRequestStarter starter, Accounts accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.starter = starter;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Files a request and starts its process (the server starts it for the inspector, who
	 * works no engine content; the request row says who filed it).
	 * @throws NotPermittedException {@code not_an_inspector} for other roles
	 * @throws InvalidInputException {@code subject_required}, {@code text_required}
	 */
	@Transactional
	public InspectionRequest file(NewInspectionRequest request, String inspectorId) {
		Account inspector = accounts.get(inspectorId);
		if (!inspector.hasRole(Role.INSPECTOR)) {
			throw new NotPermittedException("not_an_inspector", "Only an inspector files inspection requests");
		}
		String subject = required(request.subject(), "subject_required", "A request needs a subject");
		String text = required(request.text(), "text_required", "A request needs its text");
		if (subject.length() > 300 || text.length() > 4000) {
			throw new InvalidInputException("too_long", "Subject at most 300 and text at most 4000 characters");
		}
		List<String> refs = request.recordRefs().stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
		String id = store.insert(inspector.userId(), subject, text, refs, clock.instant());
		String pi = starter.start(id);
		store.bind(id, pi);
		events.publishEvent(new InspectionRequestRecorded(inspector.userId(), "INSPECTION_REQUEST_FILED", id, pi,
				"subject", null, subject));
		return store.find(id).orElseThrow();
	}

	/** What this user sees: an inspector their own requests, the back room all. */
	public List<InspectionRequest> visibleTo(String userId) {
		Account account = accounts.get(userId);
		return account.hasRole(Role.INSPECTOR)
				? store.list(account.userId()).stream().map(InspectionRoom::frontRoom).toList() : store.list(null);
	}

	/**
	 * @throws NotFoundException {@code unknown_inspection_request}, also for a request of
	 * another inspector
	 */
	public InspectionRequest get(String id, String userId) {
		return visibleTo(userId).stream()
			.filter(r -> r.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("unknown_inspection_request", "No inspection request " + id));
	}

	public Optional<InspectionRequest> forProcessInstance(String processInstanceId) {
		return store.forProcessInstance(processInstanceId);
	}

	/** The back room named who prepares the response (a person who works content). */
	@Transactional
	public void assign(String processInstanceId, String preparerId, String actorId) {
		InspectionRequest r = bound(processInstanceId);
		Account preparer = accounts.find(preparerId == null ? "" : preparerId)
			.orElseThrow(() -> new InvalidInputException("unknown_preparer", "No account '" + preparerId + "'"));
		if (preparer.roles().stream().anyMatch(TaskModel.NEVER_ELIGIBLE::contains)) {
			throw new InvalidInputException("preparer_not_eligible",
					"'" + preparer.userId() + "' works no content (ADMIN, INSPECTOR) and cannot prepare a response");
		}
		store.assigned(r.id(), actorId, preparer.userId(), clock.instant());
		events.publishEvent(new InspectionRequestRecorded(actorId, "INSPECTION_REQUEST_ASSIGNED", r.id(),
				processInstanceId, "preparer", r.preparer(), preparer.userId()));
	}

	/** The preparer's response and the records it hands out (process instance ids). */
	@Transactional
	public void prepare(String processInstanceId, String text, List<String> records, String actorId) {
		InspectionRequest r = bound(processInstanceId);
		String response = required(text, "response_required", "A response needs its text");
		store.prepared(r.id(), actorId, response, records, clock.instant());
		events.publishEvent(
				new InspectionRequestRecorded(actorId, "INSPECTION_REQUEST_PREPARED", r.id(), processInstanceId,
						"attachedRecords", String.join(" ", r.attachedRecords()), String.join(" ", records)));
	}

	/** The review's outcome: publish, or back to the preparer. */
	@Transactional
	public void review(String processInstanceId, boolean publish, String comment, String actorId) {
		InspectionRequest r = bound(processInstanceId);
		InspectionRequestStatus next = publish ? InspectionRequestStatus.PREPARED : InspectionRequestStatus.REWORK;
		store.reviewed(r.id(), actorId, next, comment, clock.instant());
		events.publishEvent(new InspectionRequestRecorded(actorId, "INSPECTION_REQUEST_REVIEWED", r.id(),
				processInstanceId, "reviewOutcome", null, publish ? "publish" : "rework"));
	}

	/** From now on the inspector sees the response. */
	@Transactional
	public void publish(String processInstanceId) {
		InspectionRequest r = bound(processInstanceId);
		store.published(r.id(), clock.instant());
		events.publishEvent(new InspectionRequestRecorded(null, "INSPECTION_REQUEST_PUBLISHED", r.id(),
				processInstanceId, "status", r.status().name(), InspectionRequestStatus.PUBLISHED.name()));
	}

	private InspectionRequest bound(String processInstanceId) {
		return store.forProcessInstance(processInstanceId)
			.orElseThrow(() -> new NotFoundException("unknown_inspection_request",
					"No inspection request is bound to process instance " + processInstanceId));
	}

	/**
	 * An unpublished response is the back room's draft: the inspector sees only times.
	 */
	private static InspectionRequest frontRoom(InspectionRequest r) {
		if (r.published()) {
			return r;
		}
		return new InspectionRequest(r.id(), r.processInstanceId(), r.requestedBy(), r.subject(), r.text(),
				r.recordRefs(), r.status(), r.requestedAt(), null, r.assignedAt(), null, null, List.of(), null, null,
				null, null, null);
	}

	private static String required(String value, String code, String message) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(code, message);
		}
		return value.trim();
	}

}
