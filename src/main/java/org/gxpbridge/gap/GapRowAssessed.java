package org.gxpbridge.gap;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * A requirement's row was assessed or changed: old and new value as "status |
 * justification | evidence", who, and the reason where one was given.
 */
public record GapRowAssessed(String assessmentId, int version, String frameworkId, String requirementId,
		String oldValue, String newValue, String actorId, String reason,
		String processInstanceId) implements AuditableEvent {

	public static final String OBJECT_TYPE = "GapAssessmentRow";

	public static final String ACTION = "GAP_ROW_ASSESSED";

	/** How the ledger names a row: assessment/version/framework/requirement. */
	public static String objectId(String assessmentId, int version, String frameworkId, String requirementId) {
		return assessmentId + "/" + version + "/" + frameworkId + "/" + requirementId;
	}

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, ACTION, OBJECT_TYPE, objectId(assessmentId, version, frameworkId, requirementId))
			.withRecord(processInstanceId, null)
			.withChange("assessment", oldValue, newValue)
			.withReason(reason);
	}

}
