package org.gxpbridge.improvement;

import static org.gxpbridge.improvement.ChangeControlModel.*;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gxpbridge.improvement.internal.ChangeRequestInputs;
import org.gxpbridge.improvement.internal.ChangeRequestStore;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.RefusedByRuleException;
import org.gxpbridge.workflow.Workflow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change requests (issue 13 item 2, {@code ChangeControlProcess}, 21 CFR 820.70(b), ISO
 * 13485 7.5.6): requested with linked risks and documents, impact assessed with each
 * linked risk re-evaluated through the risk module, approved (signed, never by the
 * requester), implemented with the artifact, verified and closed. The later steps are in
 * {@link ChangeImplementations}. Every change publishes {@link ChangeRequestChanged}.
 */
@Service
public class ChangeRequests {

	private final ChangeRequestStore store;

	private final ChangeRequestInputs inputs;

	private final Workflow workflow;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChangeRequests(ChangeRequestStore store, ChangeRequestInputs inputs, Workflow workflow,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.inputs = inputs;
		this.workflow = workflow;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Starts {@code ChangeControlProcess} as the user (business key: the programme id
	 * when the umbrella starts it, else none); a request that {@link #register} refuses
	 * stores nothing.
	 */
	@Transactional
	public ChangeRequest start(NewChangeRequest request, String businessKey, String userId) {
		checked(request);
		Map<String, Object> variables = new HashMap<>();
		variables.put(VAR_KIND, request.kind());
		variables.put(VAR_TITLE, request.title());
		variables.put(VAR_DESCRIPTION, request.description());
		variables.put(VAR_REASON, request.reason());
		variables.put(VAR_RISK_IDS, String.join(", ", request.riskIds()));
		variables.put(VAR_DOCUMENT_NUMBERS, String.join(", ", request.documentNumbers()));
		variables.put(VAR_APPROVED_SHA256, request.approvedSha256());
		String pi = workflow.start(PROCESS_KEY, businessKey, variables, userId).processInstanceId();
		return store.forProcessInstance(pi).orElseThrow();
	}

	/**
	 * Records the request of a process instance (its first step). Refused: a missing
	 * field, an unknown kind, risk or document, a malformed hash (InvalidInputException);
	 * an open change with the same title and linked items (ConflictException).
	 */
	@Transactional
	public ChangeRequest register(NewChangeRequest request, String businessKey, String processInstanceId,
			String userId) {
		ChangeRequest c = checked(request);
		int number = store.nextNumber();
		ChangeRequest requested = new ChangeRequest("CR-" + number, c.kind(), c.title(), c.description(), c.reason(),
				c.approvedSha256(), ChangeRequestStatus.REQUESTED, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, businessKey, processInstanceId, userId, clock.instant(),
				c.risks(), c.documents());
		store.insert(requested, number, duplicateKey(requested));
		publish(requested, "CHANGE_REQUESTED", userId, "request", null,
				requested.kind() + " " + requested.title() + "; risks " + riskRefs(requested) + "; documents "
						+ requested.documents().stream().map(ChangeRequestDocument::documentNumber).toList()
						+ "; approved sha256 " + requested.approvedSha256(),
				requested.reason());
		return requested;
	}

	/**
	 * The impact assessment: the impacts on validated state, patient safety and data
	 * integrity, and each linked risk re-evaluated through the risk module's decision
	 * tables, recorded on the change.
	 */
	@Transactional
	public ChangeRequest assess(String id, String validation, String patientSafety, String dataIntegrity,
			String userId) {
		ChangeRequest c = get(id);
		String v = ChangeRequestInputs.text("impactValidation", validation, 2000);
		String p = ChangeRequestInputs.text("impactPatientSafety", patientSafety, 2000);
		String d = ChangeRequestInputs.text("impactDataIntegrity", dataIntegrity, 2000);
		var now = clock.instant();
		for (ChangeRequestRisk r : c.risks()) {
			String outcome = inputs.reevaluate(r.riskRef());
			store.riskAssessed(id, r.riskRef(), outcome, userId, now);
			publish(c, "CHANGE_RISK_REEVALUATED", userId, "risk " + r.riskRef(), r.outcomeAssessed(), outcome, null);
		}
		store.assessed(id, v, p, d, userId, now);
		publish(c, "CHANGE_ASSESSED", userId, "impact", null,
				"validation: " + v + "; patient safety: " + p + "; data integrity: " + d, null);
		return get(id);
	}

	/** The requester never approves their own change (segregation of duties). */
	public void refuseRequester(String id, String userId) {
		ChangeRequest c = get(id);
		if (userId != null && userId.equals(c.requestedBy())) {
			throw new RefusedByRuleException("requester_cannot_approve",
					"'" + userId + "' requested change " + id + " and may not approve it");
		}
	}

	@Transactional
	public ChangeRequest reject(String id, String comment, String userId) {
		ChangeRequest c = get(id);
		store.status(id, ChangeRequestStatus.REJECTED);
		publish(c, "CHANGE_REJECTED", userId, "status", c.status().name(), ChangeRequestStatus.REJECTED.name(),
				comment);
		return get(id);
	}

	public ChangeRequest get(String id) {
		return store.find(id)
			.orElseThrow(
					() -> new NotFoundException("change_request_not_found", "There is no change request '" + id + "'"));
	}

	public Optional<ChangeRequest> forProcessInstance(String processInstanceId) {
		return store.forProcessInstance(processInstanceId);
	}

	/** Every change, newest first. */
	public List<ChangeRequest> all() {
		return store.all();
	}

	private ChangeRequest checked(NewChangeRequest r) {
		if (r == null) {
			throw new InvalidInputException("missing_change_request", "A change request is required");
		}
		ChangeKind kind = ChangeKind.parse(r.kind());
		String title = ChangeRequestInputs.text("title", r.title(), 300);
		String description = ChangeRequestInputs.text("description", r.description(), 4000);
		String reason = ChangeRequestInputs.text("reason", r.reason(), 2000);
		String sha = ChangeRequestInputs.sha256(r.approvedSha256());
		ChangeRequest c = new ChangeRequest(null, kind, title, description, reason, sha, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				inputs.risks(r), inputs.documents(r));
		List<String> open = store.openWithKey(duplicateKey(c));
		if (!open.isEmpty()) {
			throw new ConflictException("duplicate_change_request", "Change " + open.get(0) + " with the title '"
					+ title + "' and the same linked risks and documents is still open");
		}
		return c;
	}

	static String duplicateKey(ChangeRequest c) {
		String key = c.title().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + "|" + riskRefs(c) + "|"
				+ c.documents().stream().map(ChangeRequestDocument::documentNumber).sorted().toList();
		return key.length() <= 1000 ? key : key.substring(0, 1000);
	}

	private static String riskRefs(ChangeRequest c) {
		return c.risks().stream().map(ChangeRequestRisk::riskRef).sorted().collect(Collectors.joining(","));
	}

	void publish(ChangeRequest c, String action, String actorId, String field, String oldValue, String newValue,
			String reason) {
		events.publishEvent(new ChangeRequestChanged(c.id(), c.processInstanceId(), action, actorId, field, oldValue,
				newValue, reason));
	}

}
