package org.gxpbridge.modeling;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.gxpbridge.modeling.internal.ModelChangeStore;
import org.gxpbridge.modeling.internal.ModelDraftStore;
import org.gxpbridge.modeling.internal.ModelValidator;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.RefusedByRuleException;
import org.gxpbridge.shared.Sha256;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The model change records of {@code ModelChangeProcess}: a change (MC-n) bound to its
 * instance in {@code gxp_model_change}, its automatic validation, the author's revision,
 * QA's review (never the author: from the draft's table) and the deployment. Each step
 * publishes a {@link ModelRecordChanged}.
 */
@Service
public class ModelChanges {

	private final ModelChangeStore changes;

	private final ModelDraftStore drafts;

	private final ModelValidator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ModelChanges(ModelChangeStore changes, ModelDraftStore drafts, ModelValidator validator,
			ApplicationEventPublisher events, Clock clock) {
		this.changes = changes;
		this.drafts = drafts;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The start of an instance: the change of the draft's latest version, bound to it.
	 */
	@Transactional
	public ModelChange open(String draftId, String reason, String processInstanceId, String userId) {
		ModelDraft d = drafts.latest(draftId == null ? "" : draftId)
			.orElseThrow(() -> new InvalidInputException("unknown_model_draft",
					ModelChangeModel.VAR_DRAFT_ID + ": there is no draft '" + draftId + "'"));
		if (!d.editable()) {
			throw new ConflictException("draft_not_editable", draftId + " is " + d.status() + " already");
		}
		int number = changes.nextNumber();
		ModelChange c = new ModelChange("MC-" + number, d.draftId(), d.version(), processInstanceId,
				ModelChange.SUBMITTED, reason == null ? "" : reason, null, userId, clock.instant(), null, null, null);
		changes.insert(c, number);
		drafts.status(d.draftId(), ModelDraft.SUBMITTED);
		publish(c, "MODEL_CHANGE_SUBMITTED", userId, "draftVersion", null, String.valueOf(d.version()), reason,
				d.checksum());
		return c;
	}

	/** The automatic validation of the change's draft version; recorded either way. */
	@Transactional
	public ModelValidation validate(String changeId) {
		ModelChange c = get(changeId);
		ModelDraft d = draft(c);
		ModelValidation v = validator.validate(d.kind(), d.key(), d.resourceName(), d.content());
		if (!intact(d)) {
			List<ModelProblem> problems = new ArrayList<>(v.problems());
			problems.add(0,
					new ModelProblem(d.draftId(), "checksum", "The stored content of " + d.draftId() + " v"
							+ d.version()
							+ " no longer has the checksum it was saved with: it was changed outside the server"));
			v = ModelValidation.of(problems, v.notes());
		}
		String status = v.valid() ? ModelChange.VALIDATED : ModelChange.INVALID;
		changes.validated(changeId, d.version(), status, truncate(v.summary()));
		if (!v.valid()) {
			drafts.status(d.draftId(), ModelDraft.REJECTED);
		}
		publish(c, "MODEL_CHANGE_VALIDATED", null, "status", c.status(), status, truncate(v.summary()), d.checksum());
		return v;
	}

	/**
	 * The author's answer to problems or a rejection: resubmit the draft's latest version
	 * or withdraw the change.
	 */
	@Transactional
	public ModelChange revised(String changeId, boolean resubmit, String note, String userId) {
		ModelChange c = get(changeId);
		ModelDraft d = draft(c);
		if (resubmit) {
			ModelDraft latest = drafts.latest(d.draftId()).orElseThrow();
			changes.validated(changeId, latest.version(), ModelChange.SUBMITTED, null);
			drafts.status(d.draftId(), ModelDraft.SUBMITTED);
			publish(c, "MODEL_CHANGE_RESUBMITTED", userId, "draftVersion", String.valueOf(c.draftVersion()),
					String.valueOf(latest.version()), note, latest.checksum());
		}
		else {
			changes.status(changeId, ModelDraft.WITHDRAWN);
			drafts.status(d.draftId(), ModelDraft.WITHDRAWN);
			publish(c, "MODEL_CHANGE_WITHDRAWN", userId, "status", c.status(), ModelDraft.WITHDRAWN, note,
					d.checksum());
		}
		return get(changeId);
	}

	/**
	 * Segregation of duties (11.10(k)): the draft's author neither reviews nor approves.
	 */
	public void refuseAuthor(String changeId, String userId) {
		ModelDraft d = draft(get(changeId));
		if (d.author().equals(userId)) {
			throw new RefusedByRuleException("author_cannot_approve", "'" + userId + "' wrote " + d.draftId()
					+ " and may not review or approve its change; someone else from the quality unit must");
		}
	}

	/** QA's review of the change with its diff. */
	@Transactional
	public ModelChange reviewed(String changeId, boolean approve, String comment, String reviewerId) {
		refuseAuthor(changeId, reviewerId);
		ModelChange c = get(changeId);
		String status = approve ? ModelChange.REVIEWED : ModelChange.REJECTED;
		changes.reviewed(changeId, status, reviewerId, comment);
		if (!approve) {
			drafts.status(c.draftId(), ModelDraft.REJECTED);
		}
		publish(c, approve ? "MODEL_CHANGE_REVIEWED" : "MODEL_CHANGE_REJECTED", reviewerId, "status", c.status(),
				status, comment, draft(c).checksum());
		return get(changeId);
	}

	public ModelChange get(String changeId) {
		return changes.find(changeId)
			.orElseThrow(
					() -> new NotFoundException("change_not_found", "There is no model change '" + changeId + "'"));
	}

	public List<ModelChange> ofDraft(String draftId) {
		return changes.ofDraft(draftId);
	}

	/** The draft version the change is about, as it stands in its table. */
	public ModelDraft draft(ModelChange c) {
		return drafts.version(c.draftId(), c.draftVersion()).orElseThrow();
	}

	/**
	 * Whether the stored content still has the checksum it was saved with (a row changed
	 * behind the server's back has not).
	 */
	public boolean intact(ModelDraft d) {
		return Sha256.hex(d.content()).equals(d.checksum());
	}

	static String truncate(String s) {
		return s.length() <= 3900 ? s : s.substring(0, 3900) + " …";
	}

	private void publish(ModelChange c, String action, String actorId, String field, String oldValue, String newValue,
			String reason, String hash) {
		events.publishEvent(new ModelRecordChanged(ModelRecordChanged.CHANGE, c.changeId(), c.processInstanceId(),
				action, actorId, field, oldValue, newValue, reason, hash));
	}

}
