package org.gxpbridge.controls.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.gxpbridge.controls.AccessReview;
import org.gxpbridge.controls.AccessReviewLine;
import org.gxpbridge.shared.SignableRecord;
import org.gxpbridge.shared.SignableRecords;
import org.springframework.stereotype.Component;

/**
 * What the APPROVED signature of AccessReviewProcess covers: the review bound to the
 * process instance in {@code gxp_access_review} and every line with its decision, who
 * made it and why, as they stand in the tables. The status is left out: approval changes
 * it after the signature was made, and that is not a change of what was signed.
 */
@Component
class AccessReviewRecords implements SignableRecords {

	static final String TYPE = "access-review";

	private final AccessReviewStore store;

	AccessReviewRecords(AccessReviewStore store) {
		this.store = store;
	}

	@Override
	public Optional<SignableRecord> forProcessInstance(String processInstanceId) {
		return store.forProcessInstance(processInstanceId).map(AccessReviewRecords::record);
	}

	static SignableRecord record(AccessReview review) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("reviewId", review.reviewId());
		content.put("unusedDays", review.unusedDays());
		content.put("openedAt", review.openedAt().toString());
		content.put("lines", review.lines().stream().map(AccessReviewRecords::line).toList());
		return new SignableRecord(TYPE, review.reviewId(), 1, content);
	}

	private static Map<String, Object> line(AccessReviewLine l) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("role", l.role());
		m.put("userId", l.userId());
		// open values are signed as "" so the canonical form never holds nulls
		m.put("decision", nz(l.decision()));
		m.put("decidedBy", nz(l.decidedBy()));
		m.put("reason", nz(l.reason()));
		return m;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
