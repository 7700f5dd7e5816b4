package org.gxpbridge.improvement.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.gxpbridge.improvement.ManagementReview;
import org.gxpbridge.improvement.ManagementReviewAction;
import org.gxpbridge.shared.SignableRecord;
import org.gxpbridge.shared.SignableRecords;
import org.springframework.stereotype.Component;

/**
 * What the APPROVED signature of ManagementReviewProcess covers: the review bound to the
 * process instance in {@code gxp_management_review}, its meeting pack (every fact and the
 * pack's SHA-256), the minutes (attendees, conclusions, decisions, the restart decision,
 * the minute-taker) and the agreed actions (description, owner, due date). Status, the
 * approval date and the actions' progress are left out: they change after the signature
 * by design.
 */
@Component
class ManagementReviewRecords implements SignableRecords {

	static final String TYPE = "management-review";

	private final ManagementReviewStore store;

	ManagementReviewRecords(ManagementReviewStore store) {
		this.store = store;
	}

	@Override
	public Optional<SignableRecord> forProcessInstance(String processInstanceId) {
		return store.forProcessInstance(processInstanceId).map(ManagementReviewRecords::record);
	}

	static SignableRecord record(ManagementReview r) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("id", r.id());
		content.put("since", text(r.since()));
		content.put("packSha256", r.packSha256());
		content.put("pack",
				r.pack()
					.stream()
					.map(i -> Map.<String, Object>of("key", i.key(), "title", i.title(), "facts", i.facts()))
					.toList());
		content.put("attendees", r.attendees());
		content.put("conclusions", new TreeMap<>(r.conclusions()));
		// open values are signed as "" so the canonical form never holds nulls
		content.put("decisions", nz(r.decisions()));
		content.put("restartLifecycle", Boolean.TRUE.equals(r.restartLifecycle()));
		content.put("minutesBy", nz(r.minutesBy()));
		content.put("actions", r.actions().stream().map(ManagementReviewRecords::action).toList());
		return new SignableRecord(TYPE, r.id(), 1, content);
	}

	private static Map<String, Object> action(ManagementReviewAction a) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", a.id());
		m.put("description", a.description());
		m.put("ownerId", a.ownerId());
		m.put("dueDate", a.dueDate().toString());
		return m;
	}

	private static String text(Instant instant) {
		return instant == null ? "" : instant.toString();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
