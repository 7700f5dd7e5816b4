package org.gxpbridge.design;

import static org.gxpbridge.design.internal.DesignInputCheck.id;
import static org.gxpbridge.design.internal.DesignInputCheck.ids;
import static org.gxpbridge.design.internal.DesignInputCheck.oneOf;
import static org.gxpbridge.design.internal.DesignInputCheck.text;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.gxpbridge.design.DesignItem.ThreatModel;
import org.gxpbridge.design.internal.DesignItemStore;
import org.gxpbridge.design.internal.TraceMatrixBuilder;
import org.gxpbridge.documents.DocumentInfo;
import org.gxpbridge.documents.DocumentKind;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.NewDocument;
import org.gxpbridge.risk.Risk;
import org.gxpbridge.risk.RiskRegister;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.NotPermittedException;
import org.gxpbridge.shared.ReasonRequiredException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Design items and their design inputs (21 CFR 820.30(c), (f)): created with designers
 * (accounts) and the risk register of their cybersecurity risk assessment (which must
 * exist); requirements, verifications and the threat model are recorded by a designer of
 * the item. Nothing changes while a review is on the item
 * ({@value DesignItem#IN_REVIEW}); a change to an APPROVED item needs a reason and sends
 * it back to DRAFT. Every change publishes {@link DesignRecordChanged}; a refused input
 * stores nothing.
 */
@Service
public class DesignItems {

	private final DesignItemStore store;

	private final RiskRegister risks;

	private final Documents documents;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DesignItems(DesignItemStore store, RiskRegister risks, Documents documents, Accounts accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.risks = risks;
		this.documents = documents;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public DesignItem create(NewDesignItem request, String userId) {
		String name = text("name", request.name(), 200);
		String version = text("version", request.version(), 40);
		String register = text("riskRegisterId", request.riskRegisterId(), 40);
		riskControls(register);
		Set<String> designers = new TreeSet<>();
		for (String d : request.designers() == null ? List.<String>of() : request.designers()) {
			String account = text("designers", d, 64).toLowerCase(Locale.ROOT);
			if (accounts.find(account).isEmpty()) {
				throw new InvalidInputException("unknown_designer", "Designer '" + d + "' has no account");
			}
			designers.add(account);
		}
		if (designers.isEmpty()) {
			throw new InvalidInputException("missing_designers", "designers: name at least one designer (account)");
		}
		int number = store.nextNumber();
		DesignItem item = new DesignItem("DI-" + number, name, version, DesignItem.DRAFT, register,
				List.copyOf(designers), null, List.of(), List.of(), userId, clock.instant());
		store.insert(item, number);
		publish(item.id(), "DESIGN_ITEM_CREATED", userId, "item", null,
				name + " " + version + ", risk register " + register + ", designers " + designers, null);
		return get(item.id());
	}

	@Transactional
	public DesignRequirement addRequirement(String itemId, String requirementId, String requirementText, String type,
			String userId, String reason) {
		String rid = id("id", requirementId);
		String text = text("text", requirementText, 2000);
		String t = oneOf("type", type, DesignRequirement.TYPES.stream().sorted().toList());
		DesignItem item = editable(itemId, userId, reason);
		if (item.requirements().stream().anyMatch(r -> r.id().equals(rid))) {
			throw new ConflictException("duplicate_requirement", "Item " + itemId + " already has requirement " + rid);
		}
		DesignRequirement r = new DesignRequirement(rid, text, t, userId, clock.instant());
		store.insertRequirement(itemId, r);
		publish(itemId, "DESIGN_REQUIREMENT_ADDED", userId, "requirement " + rid, null, t + ": " + text, reason);
		return r;
	}

	@Transactional
	public DesignVerification addVerification(String itemId, NewVerification v, String userId, String reason) {
		String vid = id("id", v.id());
		String method = oneOf("method", v.method(), DesignVerification.METHODS.stream().sorted().toList());
		String result = oneOf("result", v.result(), List.of(DesignVerification.PASS, DesignVerification.FAIL));
		String description = text("description", v.description(), 2000);
		List<String> reqs = ids("requirementIds", v.requirementIds());
		List<String> ctrls = ids("riskControlIds", v.riskControlIds());
		if (reqs.isEmpty() && ctrls.isEmpty()) {
			throw new InvalidInputException("missing_trace",
					"A verification traces to at least one requirement id or risk control id");
		}
		DesignItem item = editable(itemId, userId, reason);
		Set<String> known = new TreeSet<>(item.requirements().stream().map(DesignRequirement::id).toList());
		reqs.stream().filter(r -> !known.contains(r)).findFirst().ifPresent(r -> {
			throw new InvalidInputException("unknown_requirement", "Item " + itemId + " has no requirement " + r);
		});
		Set<String> controls = riskControls(item.riskRegisterId()).keySet();
		ctrls.stream().filter(c -> !controls.contains(c)).findFirst().ifPresent(c -> {
			throw new InvalidInputException("unknown_risk_control", "Risk register " + item.riskRegisterId()
					+ " has no risk control " + c + " (known: " + controls + ")");
		});
		if (item.verifications().stream().anyMatch(x -> x.id().equals(vid))) {
			throw new ConflictException("duplicate_verification",
					"Item " + itemId + " already has verification " + vid);
		}
		DocumentInfo evidence = v.evidenceDocumentId() == null || v.evidenceDocumentId().isBlank() ? null
				: evidence(v.evidenceDocumentId().strip());
		DesignVerification recorded = new DesignVerification(vid, method, result, description,
				evidence == null ? null : evidence.id(), evidence == null ? null : evidence.sha256(), reqs, ctrls,
				userId, clock.instant());
		store.insertVerification(itemId, recorded);
		publish(itemId, "DESIGN_VERIFICATION_RECORDED", userId, "verification " + vid, null,
				method + " " + result + " traces " + reqs + " " + ctrls
						+ (evidence == null ? "" : ", evidence " + evidence.id() + " sha256 " + evidence.sha256()),
				reason);
		return recorded;
	}

	/** Stores the threat model through the documents module (SHA-256 of its bytes). */
	@Transactional
	public ThreatModel uploadThreatModel(String itemId, String fileName, byte[] content, String userId, String reason) {
		DesignItem item = editable(itemId, userId, reason);
		if (content == null || content.length == 0) {
			throw new InvalidInputException("missing_file", "file: the threat model document is empty or missing");
		}
		DocumentInfo doc = documents.upload(new NewDocument(fileName, content,
				"Threat model " + item.name() + " " + item.version(), DocumentKind.THREAT_MODEL, null), userId);
		ThreatModel t = new ThreatModel(doc.id(), doc.title(), doc.sha256());
		store.setThreatModel(itemId, t);
		publish(itemId, "DESIGN_THREAT_MODEL_STORED", userId, "threatModel",
				item.threatModel() == null ? null : item.threatModel().documentId() + " " + item.threatModel().sha256(),
				t.documentId() + " " + t.sha256(), reason);
		return t;
	}

	public DesignItem get(String id) {
		return store.find(id)
			.orElseThrow(() -> new NotFoundException("design_item_not_found", "There is no design item '" + id + "'"));
	}

	/** Every item, newest first. */
	public List<DesignItem> all() {
		return store.all();
	}

	/** The traceability matrix with its open gaps, from the register as it stands. */
	@Transactional(readOnly = true)
	public TraceMatrix trace(String id) {
		DesignItem item = get(id);
		return TraceMatrixBuilder.build(item, risks.find(item.riskRegisterId()).risks());
	}

	/**
	 * Status changes made by the review (package-private: only DesignReviews moves it).
	 */
	void status(DesignItem item, String status, String actorId, String processInstanceId, String reason) {
		store.setStatus(item.id(), status);
		events.publishEvent(new DesignRecordChanged(DesignRecordChanged.ITEM, item.id(), processInstanceId,
				"DESIGN_ITEM_" + status, actorId, "status", item.status(), status, reason));
	}

	private Map<String, String> riskControls(String registerId) {
		List<Risk> list;
		try {
			list = risks.find(registerId).risks();
		}
		catch (NotFoundException e) {
			throw new InvalidInputException("unknown_risk_register",
					"riskRegisterId: there is no risk register '" + registerId + "'");
		}
		return TraceMatrixBuilder.riskControls(list);
	}

	private DocumentInfo evidence(String documentId) {
		try {
			return documents.info(documentId);
		}
		catch (DomainException e) {
			throw new InvalidInputException("unknown_evidence",
					"evidenceDocumentId '" + documentId + "': " + e.getMessage());
		}
	}

	private DesignItem editable(String itemId, String userId, String reason) {
		DesignItem item = get(itemId);
		if (!item.isDesigner(userId)) {
			throw new NotPermittedException("not_a_designer",
					"Only a designer of " + itemId + " " + item.designers() + " records its design inputs");
		}
		if (DesignItem.IN_REVIEW.equals(item.status())) {
			throw new ConflictException("design_in_review",
					"Item " + itemId + " is in review: its inputs change only after the reviewer sends it to rework");
		}
		if (DesignItem.APPROVED.equals(item.status())) {
			if (reason == null || reason.isBlank()) {
				throw new ReasonRequiredException(
						"Item " + itemId + " is approved: a change needs a reason (X-GxP-Reason) and a new review");
			}
			status(item, DesignItem.DRAFT, userId, null, reason);
		}
		return item;
	}

	private void publish(String itemId, String action, String actorId, String field, String oldValue, String newValue,
			String reason) {
		events.publishEvent(new DesignRecordChanged(DesignRecordChanged.ITEM, itemId, null, action, actorId, field,
				oldValue, newValue, reason));
	}

}
