package org.gxpbridge.gap.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.gxpbridge.documents.Documents;
import org.gxpbridge.gap.ActionStatus;
import org.gxpbridge.gap.GapAction;
import org.gxpbridge.gap.GapAssessment;
import org.gxpbridge.shared.SignableRecord;
import org.gxpbridge.shared.SignableRecords;
import org.springframework.stereotype.Component;

/**
 * What the approval signature of a gap report covers: the assessment version bound to the
 * process instance (its own row's process_instance_id) with every assessed row (status,
 * justification, evidence with its SHA-256, assessor and time) and the action plan
 * (priority, description, owner, due date, declined or not). Status fields that change
 * because of the approval itself (APPROVED, OPEN) are not part of it, so the signature
 * stays valid after release and a change to any signed value shows.
 */
@Component
class AssessmentRecords implements SignableRecords {

	static final String TYPE = "gap-assessment";

	private final GapStore store;

	private final ActionStore actions;

	private final Documents documents;

	AssessmentRecords(GapStore store, ActionStore actions, Documents documents) {
		this.store = store;
		this.actions = actions;
		this.documents = documents;
	}

	@Override
	public Optional<SignableRecord> forProcessInstance(String processInstanceId) {
		return store.byProcessInstance(processInstanceId).map(this::record);
	}

	SignableRecord record(GapAssessment a) {
		Map<String, Object> content = new TreeMap<>();
		content.put("title", a.title());
		content.put("frameworks", a.frameworkIds());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (GapStore.StoredRow r : store.rows(a.id(), a.version())) {
			Map<String, Object> row = new TreeMap<>();
			row.put("framework", r.frameworkId());
			row.put("requirement", r.requirementId());
			row.put("status", r.status().name());
			row.put("justification", r.justification());
			row.put("assessor", r.assessor());
			row.put("assessedAt", r.assessedAt().toString());
			List<Map<String, Object>> evidence = new ArrayList<>();
			for (String id : r.evidenceDocumentIds()) {
				evidence.add(Map.of("documentId", id, "sha256", documents.info(id).sha256()));
			}
			row.put("evidence", evidence);
			rows.add(row);
		}
		content.put("rows", rows);
		List<Map<String, Object>> plan = new ArrayList<>();
		for (GapAction x : actions.ofAssessment(a.id(), a.version())) {
			if (x.status() == ActionStatus.WITHDRAWN) {
				continue;
			}
			Map<String, Object> action = new TreeMap<>();
			action.put("id", x.id());
			action.put("framework", x.frameworkId());
			action.put("requirement", x.requirementId());
			action.put("priority", x.priority());
			action.put("description", x.description());
			action.put("owner", x.ownerId());
			action.put("dueDate", x.dueDate() == null ? null : x.dueDate().toString());
			action.put("declined", x.status() == ActionStatus.DECLINED);
			plan.add(action);
		}
		content.put("actionPlan", plan);
		return new SignableRecord(TYPE, a.id(), a.version(), content);
	}

}
