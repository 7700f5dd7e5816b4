package org.gxpbridge.improvement.internal;

import java.util.List;

import org.gxpbridge.shared.SealedRecordTable;
import org.gxpbridge.shared.SealedRecordTable.Children;
import org.gxpbridge.shared.SealedRecordTables;
import org.springframework.stereotype.Component;

/**
 * The change control records, each row sealed by the entry of the event that changed it
 * ({@code ChangeRequestChanged}, object type ChangeRequest): the change with its linked
 * risks (outcomes at request and re-evaluated) and revised documents as child rows, which
 * change only with the change's own events.
 */
@Component("changeControlTables")
class ChangeControlTables implements SealedRecordTables {

	@Override
	public List<SealedRecordTable> sealedTables() {
		return List.of(SealedRecordTable.of("gxp_change_request", "cr.id", "gxp_change_request cr",
				"cr.number, cr.kind, cr.title, cr.description, cr.reason, cr.approved_sha256, cr.status, "
						+ "cr.impact_validation, cr.impact_patient_safety, cr.impact_data_integrity, cr.assessed_by, "
						+ "cr.artifact_document_id, cr.artifact_sha256, cr.implemented_by, cr.artifact_check, "
						+ "cr.deviation_capa_id, cr.post_verification_comment, cr.post_verified_by, "
						+ "cr.effectiveness_result, cr.effectiveness_comment, cr.effectiveness_by, cr.closed_at, "
						+ "cr.business_key, cr.process_instance_id, cr.requested_by, cr.requested_at",
				SealedRecordTable.byObjectId("ChangeRequest"))
			.withChildren(new Children("(select change_id, 'risk ' || risk_ref || '|' || outcome_at_request || '|' || "
					+ "coalesce(outcome_assessed, '') || '|' || coalesce(assessed_by, '') as v from gxp_change_risk "
					+ "union all select change_id, 'document ' || document_number || '|' || version_at_request || '|' "
					+ "|| coalesce(revision_process_instance_id, '') || '|' || coalesce(effective_version, '') as v "
					+ "from gxp_change_document) x", "change_id", "v")));
	}

}
