package org.gxpbridge.gap.internal;

import java.util.List;

import org.gxpbridge.shared.SealedRecordTable;
import org.gxpbridge.shared.SealedRecordTables;
import org.springframework.stereotype.Component;

/**
 * Gap analysis records (V60), each row sealed by the entry of its own event: an
 * assessment version ({@code GapAssessmentChanged}, "id/version"), an assessed row
 * ({@code GapRowAssessed}, "id/version/framework/requirement"), an action
 * ({@code GapActionChanged}, its id).
 */
@Component
class GapTables implements SealedRecordTables {

	@Override
	public List<SealedRecordTable> sealedTables() {
		return List.of(sealedGapAssessment(), sealedGapAssessmentRow(), sealedGapAction());
	}

	private static SealedRecordTable sealedGapAssessment() {
		return SealedRecordTable.of("gxp_gap_assessment", "a.id || '/' || cast(a.version as varchar(10))",
				"gxp_gap_assessment a",
				"a.title, a.status, a.framework_ids, a.process_instance_id, a.created_by, a.created_at, "
						+ "a.revision_reason, a.approved_at",
				SealedRecordTable.byObjectId("GapAssessment"));
	}

	private static SealedRecordTable sealedGapAssessmentRow() {
		return SealedRecordTable.of("gxp_gap_assessment_row",
				"r.assessment_id || '/' || cast(r.version as varchar(10)) || '/' || r.framework_id || '/' "
						+ "|| r.requirement_id",
				"gxp_gap_assessment_row r",
				"r.status, r.justification, r.evidence_document_ids, r.assessor, r.assessed_at",
				SealedRecordTable.byObjectId("GapAssessmentRow"));
	}

	private static SealedRecordTable sealedGapAction() {
		return SealedRecordTable.of("gxp_gap_action", "g.id", "gxp_gap_action g",
				"g.assessment_id, g.assessment_version, g.framework_id, g.requirement_id, g.priority, g.description, "
						+ "g.owner_id, g.due_date, g.status, g.created_at, g.closed_by, g.closed_at, g.closure_reason",
				SealedRecordTable.byObjectId("GapAction"));
	}

}
