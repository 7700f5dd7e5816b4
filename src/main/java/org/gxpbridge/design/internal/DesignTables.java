package org.gxpbridge.design.internal;

import java.util.List;

import org.gxpbridge.design.DesignRecordChanged;
import org.gxpbridge.shared.SealedRecordTable;
import org.gxpbridge.shared.SealedRecordTable.Children;
import org.gxpbridge.shared.SealedRecordTables;
import org.springframework.stereotype.Component;

/**
 * The design module's records, each row sealed by the entry of the event that changed it
 * ({@link DesignRecordChanged}): a design item with its designers, requirements,
 * verifications and their traces (every input change is an event about the item), and a
 * review with the findings and gap justifications of its rounds.
 */
@Component("designTables")
class DesignTables implements SealedRecordTables {

	@Override
	public List<SealedRecordTable> sealedTables() {
		return List.of(sealedItem(), sealedReview());
	}

	private static SealedRecordTable sealedItem() {
		return SealedRecordTable
			.of("gxp_design_item", "di.id", "gxp_design_item di",
					"di.number, di.name, di.item_version, di.status, di.risk_register_id, di.threat_model_document_id, "
							+ "di.threat_model_title, di.threat_model_sha256, di.created_by, di.created_at",
					SealedRecordTable.byObjectId(DesignRecordChanged.ITEM))
			.withChildren(new Children("(select item_id, 'designer ' || account_id as v from gxp_design_designer "
					+ "union all select item_id, 'requirement ' || requirement_id || '|' || requirement_type || '|' "
					+ "|| requirement_text || '|' || recorded_by as v from gxp_design_requirement "
					+ "union all select item_id, 'verification ' || verification_id || '|' || method || '|' "
					+ "|| result_value || '|' || description || '|' || coalesce(evidence_document_id, '') || '|' "
					+ "|| coalesce(evidence_sha256, '') || '|' || recorded_by as v from gxp_design_verification "
					+ "union all select item_id, 'trace ' || verification_id || '|' || kind || '|' || target_id as v "
					+ "from gxp_design_verification_trace) x", "item_id", "v"));
	}

	private static SealedRecordTable sealedReview() {
		return SealedRecordTable.of("gxp_design_review", "dr.id", "gxp_design_review dr",
				"dr.number, dr.item_id, dr.process_instance_id, dr.business_key, dr.status, dr.review_round, "
						+ "dr.outcome, dr.reviewer_id, dr.reviewed_at, dr.approved_at, dr.started_by, dr.started_at",
				SealedRecordTable.byObjectId(DesignRecordChanged.REVIEW))
			.withChildren(new Children(
					"(select review_id, cast(review_round as varchar(10)) || '|' || design_input "
							+ "|| '|' || subject || '|' || finding as v from gxp_design_review_finding) x",
					"review_id", "v"));
	}

}
