package org.gxpbridge.improvement.internal;

import java.util.List;

import org.gxpbridge.shared.SealedRecordTable;
import org.gxpbridge.shared.SealedRecordTable.Children;
import org.gxpbridge.shared.SealedRecordTables;
import org.springframework.stereotype.Component;

/**
 * The management review records, each row sealed by the entry of the
 * {@code ManagementReviewChanged} event that changed it: the review with its pack and
 * minutes, digested with its conclusions and its actions (an action's progress is an
 * event about its review).
 */
@Component
class ManagementReviewTables implements SealedRecordTables {

	@Override
	public List<SealedRecordTable> sealedTables() {
		return List.of(SealedRecordTable
			.of("gxp_management_review", "m.id", "gxp_management_review m",
					"m.number, m.business_key, m.status, m.since_at, m.pack_json, m.pack_sha256, m.gathered_by, "
							+ "m.gathered_at, m.attendees, m.decisions, m.restart_lifecycle, m.minutes_by, "
							+ "m.minutes_at, m.approved_at, m.process_instance_id",
					SealedRecordTable.byObjectId("ManagementReview"))
			.withChildren(new Children("gxp_management_review_conclusion", "review_id", "input_key, conclusion"),
					new Children("gxp_management_review_action", "review_id",
							"id, number, description, owner_id, due_date, status, outcome, done_by, done_at")));
	}

}
