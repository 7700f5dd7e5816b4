package org.gxpbridge.gap;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * A version of an assessment was opened, revised, bound to its process, approved or
 * superseded (published in the changing transaction).
 *
 * @param action GAP_ASSESSMENT_OPENED, GAP_ASSESSMENT_REVISED, GAP_ASSESSMENT_STATUS
 * @param actorId who; null when the process did it
 */
public record GapAssessmentChanged(String action, String assessmentId, int version, String field, String oldValue,
		String newValue, String actorId, String reason, String processInstanceId) implements AuditableEvent {

	public static final String OBJECT_TYPE = "GapAssessment";

	/** How the ledger names one version of an assessment. */
	public static String objectId(String assessmentId, int version) {
		return assessmentId + "/" + version;
	}

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, action, OBJECT_TYPE, objectId(assessmentId, version))
			.withRecord(processInstanceId, null)
			.withChange(field, oldValue, newValue)
			.withReason(reason);
	}

}
