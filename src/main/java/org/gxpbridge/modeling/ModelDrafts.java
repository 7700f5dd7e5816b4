package org.gxpbridge.modeling;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gxpbridge.modeling.internal.ModelChangeStore;
import org.gxpbridge.modeling.internal.ModelDraftStore;
import org.gxpbridge.modeling.internal.ModelValidator;
import org.gxpbridge.modeling.internal.TextDiff;
import org.gxpbridge.modeling.process.EngineModels;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.NotPermittedException;
import org.gxpbridge.shared.ReasonRequiredException;
import org.gxpbridge.shared.Sha256;
import org.gxpbridge.workflow.Workflow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of processes, decisions and forms as versioned records (issue 14 item 3): a
 * process owner creates a draft of a deployed model (or a new one) and saves new
 * versions; unsafe or malformed content is refused and never stored; each saved version
 * carries the problems its validation found; a draft without problems is submitted into
 * {@code ModelChangeProcess}, the only way it reaches the engine. The acting user is a
 * parameter; who may act (PROCESS_OWNER) is the web adapter's lock.
 */
@Service
public class ModelDrafts {

	private final ModelDraftStore drafts;

	private final ModelChangeStore changes;

	private final ModelValidator validator;

	private final EngineModels models;

	private final Workflow workflow;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ModelDrafts(ModelDraftStore drafts, ModelChangeStore changes, ModelValidator validator, EngineModels models,
			Workflow workflow, ApplicationEventPublisher events, Clock clock) {
		this.drafts = drafts;
		this.changes = changes;
		this.validator = validator;
		this.models = models;
		this.workflow = workflow;
		this.events = events;
		this.clock = clock;
	}

	/** A new draft at version 1 of the model {@code key} (deployed or new). */
	@Transactional
	public DraftSaved create(ModelKind kind, String key, String content, String userId) {
		if (kind == null || key == null || !key.strip().matches("[A-Za-z][A-Za-z0-9_.-]{0,199}")) {
			throw new InvalidInputException("invalid_model_key",
					"key must be a process, decision or form id (letters, digits, _ . -), not '" + key + "'");
		}
		String k = key.strip();
		refuse(kind, k, content);
		DeployedModel base = models.find(kind, k).orElse(null);
		String resource = base != null ? base.resourceName() : kind.folder() + kebab(k) + kind.suffix();
		ModelValidation v = validator.validate(kind, k, resource, content);
		int number = drafts.nextNumber();
		ModelDraft d = new ModelDraft("MD-" + number, kind, k, resource, base == null ? null : base.deploymentId(), 1,
				ModelDraft.DRAFT, content, Sha256.hex(content), userId, userId, clock.instant(), v.problems());
		drafts.insert(d, number, clock.instant());
		publish(d, "MODEL_DRAFT_CREATED", userId, "version", null, "1",
				base == null ? "new model " + k : "draft of " + k + " from deployment " + base.deploymentId());
		return new DraftSaved(d.draftId(), 1, d.status(), v.problems());
	}

	/** A new version of the author's own draft; older versions stay as they were. */
	@Transactional
	public DraftSaved save(String draftId, String content, String userId) {
		ModelDraft old = get(draftId);
		if (!old.author().equals(userId)) {
			throw new NotPermittedException("not_the_author",
					draftId + " is " + old.author() + "'s draft; create your own draft of " + old.key());
		}
		if (!old.editable()) {
			throw new ConflictException("draft_not_editable",
					draftId + " is " + old.status() + " and takes no new version");
		}
		refuse(old.kind(), old.key(), content);
		ModelValidation v = validator.validate(old.kind(), old.key(), old.resourceName(), content);
		ModelDraft d = new ModelDraft(draftId, old.kind(), old.key(), old.resourceName(), old.baseDeploymentId(),
				old.version() + 1, old.status(), content, Sha256.hex(content), old.author(), userId, clock.instant(),
				v.problems());
		drafts.insertVersion(d);
		publish(d, "MODEL_DRAFT_SAVED", userId, "version", String.valueOf(old.version()), String.valueOf(d.version()),
				null);
		return new DraftSaved(draftId, d.version(), d.status(), v.problems());
	}

	public ModelDraft get(String draftId) {
		return drafts.latest(draftId)
			.orElseThrow(() -> new NotFoundException("draft_not_found", "There is no model draft '" + draftId + "'"));
	}

	public ModelDraft version(String draftId, int version) {
		return drafts.version(draftId, version)
			.orElseThrow(() -> new NotFoundException("draft_not_found",
					"There is no version " + version + " of model draft '" + draftId + "'"));
	}

	/** Newest first; only the user's own when {@code userId} is given. */
	public List<DraftSummary> list(String userId) {
		return drafts.list(userId);
	}

	/** A fresh validation of the draft's latest version. */
	public ModelValidation validate(String draftId) {
		ModelDraft d = get(draftId);
		return validator.validate(d.kind(), d.key(), d.resourceName(), d.content());
	}

	/** The latest version against what is deployed now. */
	public DraftDiff diff(String draftId) {
		ModelDraft d = get(draftId);
		String deployed = models.find(d.kind(), d.key())
			.map(m -> models.text(m.deploymentId(), m.resourceName()))
			.orElse("");
		return new DraftDiff(d.draftId(), d.version(), d.kind(), d.resourceName(), deployed, d.content(),
				TextDiff.unified(d.resourceName() + " (deployed)", deployed,
						d.resourceName() + " (" + d.draftId() + " v" + d.version() + ")", d.content()));
	}

	/**
	 * Submits the latest version into ModelChangeProcess; refused while its validation
	 * finds problems (422 with the problems) or while another change of it is open.
	 */
	@Transactional
	public ChangeSubmitted submit(String draftId, String reason, String userId) {
		if (reason == null || reason.isBlank()) {
			throw new ReasonRequiredException("A model change needs the reason it is made (EU Annex 11 §10)");
		}
		ModelDraft d = get(draftId);
		if (!d.author().equals(userId)) {
			throw new NotPermittedException("not_the_author", "Only the author " + d.author() + " submits " + draftId);
		}
		if (!d.editable()) {
			throw new ConflictException("draft_not_editable", draftId + " is " + d.status() + " already");
		}
		ModelValidation v = validator.validate(d.kind(), d.key(), d.resourceName(), d.content());
		if (!v.valid()) {
			throw new ModelRejectedException("model_invalid", draftId + " v" + d.version() + " cannot be submitted",
					v.problems());
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put(ModelChangeModel.VAR_DRAFT_ID, draftId);
		variables.put(ModelChangeModel.VAR_REASON, reason.strip());
		String pi = workflow.start(ModelChangeModel.PROCESS_KEY, draftId, variables, userId).processInstanceId();
		ModelChange c = changes.forProcessInstance(pi).orElseThrow();
		return new ChangeSubmitted(c.changeId(), pi);
	}

	static String kebab(String key) {
		return key.replaceAll("(Process|Decision)$", "").replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
	}

	private void refuse(ModelKind kind, String key, String content) {
		List<ModelProblem> refused = validator.refusals(kind, key, content);
		if (!refused.isEmpty()) {
			throw new InvalidModelException(refused);
		}
	}

	private void publish(ModelDraft d, String action, String actorId, String field, String oldValue, String newValue,
			String reason) {
		events.publishEvent(new ModelRecordChanged(ModelRecordChanged.DRAFT, d.draftId(), null, action, actorId, field,
				oldValue, newValue, reason, d.checksum()));
	}

}
