package org.gxpbridge.controls.internal;

import java.util.List;
import java.util.Set;

import org.gxpbridge.shared.SealedRecordTable;
import org.gxpbridge.shared.SealedRecordTable.Children;
import org.gxpbridge.shared.SealedRecordTables;
import org.springframework.stereotype.Component;

/**
 * The controls module's records, each row sealed by the entry of the event that changed
 * it: the register of effective documents ({@code DocumentMadeEffective},
 * {@code DocumentStatusChanged}), drafts under review ({@code DocumentStatusChanged} of
 * their process instance), the training curriculum ({@code CurriculumChanged}), training
 * records ({@code TrainingRecorded}) and access reviews with their lines
 * ({@code AccessReviewChanged}).
 */
@Component
class ControlsTables implements SealedRecordTables {

	private static final String DOCUMENT = "ControlledDocument";

	/**
	 * What DocumentStatusChanged says of a register row (DocumentDrafts says the rest).
	 */
	private static final Set<String> REGISTER_ACTIONS = Set.of("DOCUMENT_EFFECTIVE", "DOCUMENT_SUPERSEDED",
			"DOCUMENT_RETIRED", "DOCUMENT_REVIEWED_KEPT_EFFECTIVE");

	private static final Set<String> DRAFT_ACTIONS = Set.of("DOCUMENT_IN_REVIEW", "DOCUMENT_APPROVED",
			"DOCUMENT_REJECTED");

	@Override
	public List<SealedRecordTable> sealedTables() {
		return List.of(sealedControlledDocument(), sealedDocumentDraft(), sealedTrainingCurriculum(),
				sealedTrainingRecord(), sealedAccessReview(), sealedControlImplementation());
	}

	private static SealedRecordTable sealedControlledDocument() {
		// the columns of V70 came after the first rows were sealed: digested where
		// set, so those entries still verify
		return SealedRecordTable
			.of("gxp_controlled_document", "r.document_number || '/' || r.version", "gxp_controlled_document r",
					"r.title, r.status, r.author_id, r.process_instance_id, r.effective_at",
					e -> DOCUMENT.equals(e.objectType()) && REGISTER_ACTIONS.contains(e.action()) ? e.objectId() : null)
			.withAddedColumns("r.change_summary, r.file_document_id, r.file_name, r.file_sha256, r.effective_until, "
					+ "r.next_review_at, r.status_reason");
	}

	private static SealedRecordTable sealedDocumentDraft() {
		return SealedRecordTable.of("gxp_document_draft", "d.process_instance_id", "gxp_document_draft d",
				"d.document_number, d.version, d.title, d.change_summary, d.author_id, d.status, d.revision, "
						+ "d.submitted_at, d.updated_at",
				e -> DOCUMENT.equals(e.objectType()) && DRAFT_ACTIONS.contains(e.action()) ? e.processInstanceId()
						: null);
	}

	private static SealedRecordTable sealedTrainingCurriculum() {
		// taking a document out of a role's curriculum deletes its row, with an entry
		return SealedRecordTable
			.of("gxp_training_curriculum", "c.role_name || '/' || c.document_number", "gxp_training_curriculum c",
					"c.added_by, c.added_at", SealedRecordTable.byObjectId("TrainingCurriculum"))
			.removedBy(e -> "CURRICULUM_ENTRY_REMOVED".equals(e.action()));
	}

	private static SealedRecordTable sealedTrainingRecord() {
		return SealedRecordTable.of("gxp_training_record", "t.user_id || '/' || t.document_number || '/' || t.version",
				"gxp_training_record t", "t.process_instance_id, t.assigned_at, t.due_at, t.acknowledged_at",
				SealedRecordTable.byObjectId("TrainingRecord"));
	}

	private static SealedRecordTable sealedAccessReview() {
		// a line's decision is an event about the review: lines are digested with it
		return SealedRecordTable
			.of("gxp_access_review", "a.review_id", "gxp_access_review a",
					"a.process_instance_id, a.status, a.unused_days, a.opened_at, a.approved_at",
					SealedRecordTable.byObjectId("AccessReview"))
			.withChildren(new Children("gxp_access_review_line", "review_id",
					"role_name, user_id, full_name, last_used_at, decision, decided_by, decided_at, reason"));
	}

	private static SealedRecordTable sealedControlImplementation() {
		// requirements and evidence change with the implementation's own event
		// (ControlImplementationChanged): digested with it
		return SealedRecordTable
			.of("gxp_control_implementation", "ci.id", "gxp_control_implementation ci",
					"ci.number, ci.title, ci.category, ci.gap_action_id, ci.owner_id, ci.due_date, ci.status, "
							+ "ci.implementation, ci.implemented_by, ci.implemented_at, ci.verification_result, "
							+ "ci.verification_comment, ci.verified_by, ci.verified_at, ci.effective_at, "
							+ "ci.process_instance_id, ci.planned_by, ci.planned_at",
					SealedRecordTable.byObjectId("ControlImplementation"))
			.withChildren(new Children("(select implementation_id, 'requirement ' || framework_id || '/' || "
					+ "requirement_id as v from gxp_control_requirement union all select implementation_id, "
					+ "'evidence ' || document_id || '|' || sha256 || '|' || added_by as v from gxp_control_evidence) x",
					"implementation_id", "v"));
	}

}
