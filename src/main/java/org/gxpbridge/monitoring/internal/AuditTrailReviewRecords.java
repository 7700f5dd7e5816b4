package org.gxpbridge.monitoring.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.gxpbridge.monitoring.AuditTrailReview;
import org.gxpbridge.shared.SignableRecord;
import org.gxpbridge.shared.SignableRecords;
import org.springframework.stereotype.Component;

/**
 * What the REVIEWED signature of AuditTrailReviewProcess covers: which entries of which
 * record type were reviewed (the range bound to the process instance in
 * {@code gxp_audit_trail_review}). The outcome and findings are the signed step's own
 * form values, which the signature covers anyway; status and reviewer are written when
 * the step completes, after the signature was made.
 */
@Component
class AuditTrailReviewRecords implements SignableRecords {

	static final String TYPE = "audit-trail-review";

	private final AuditTrailReviewStore store;

	AuditTrailReviewRecords(AuditTrailReviewStore store) {
		this.store = store;
	}

	@Override
	public Optional<SignableRecord> forProcessInstance(String processInstanceId) {
		return store.forProcessInstance(processInstanceId).map(AuditTrailReviewRecords::record);
	}

	static SignableRecord record(AuditTrailReview r) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("reviewId", r.reviewId());
		content.put("recordType", r.recordType().name());
		content.put("fromSeq", r.fromSeq());
		content.put("toSeq", r.toSeq());
		content.put("entryCount", r.entryCount());
		return new SignableRecord(TYPE, r.reviewId(), 1, content);
	}

}
