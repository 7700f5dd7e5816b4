package org.gxpbridge.improvement.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.gxpbridge.improvement.ChangeRequest;
import org.gxpbridge.shared.SignableRecord;
import org.gxpbridge.shared.SignableRecords;
import org.springframework.stereotype.Component;

/**
 * What the APPROVED signature of ChangeControlProcess covers: the change bound to the
 * process instance in {@code gxp_change_request} as it was approved — request, approved
 * artifact hash, impact assessment and each linked risk with its re-evaluated outcome,
 * the documents it revises. What happens after approval (status, implementation,
 * verification) is left out: it is not what the approver signed.
 */
@Component("changeRequestRecords")
class ChangeRequestRecords implements SignableRecords {

	static final String TYPE = "change-request";

	private final ChangeRequestStore store;

	ChangeRequestRecords(ChangeRequestStore store) {
		this.store = store;
	}

	@Override
	public Optional<SignableRecord> forProcessInstance(String processInstanceId) {
		return store.forProcessInstance(processInstanceId).map(ChangeRequestRecords::record);
	}

	static SignableRecord record(ChangeRequest c) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("id", c.id());
		content.put("kind", c.kind().name());
		content.put("title", c.title());
		content.put("description", c.description());
		content.put("reason", c.reason());
		// open values are signed as "" so the canonical form never holds nulls
		content.put("approvedSha256", nz(c.approvedSha256()));
		content.put("requestedBy", c.requestedBy());
		content.put("impactValidation", nz(c.impactValidation()));
		content.put("impactPatientSafety", nz(c.impactPatientSafety()));
		content.put("impactDataIntegrity", nz(c.impactDataIntegrity()));
		content.put("assessedBy", nz(c.assessedBy()));
		content.put("risks",
				c.risks()
					.stream()
					.map(r -> Map.of("risk", r.riskRef(), "outcomeAtRequest", r.outcomeAtRequest(), "outcomeAssessed",
							nz(r.outcomeAssessed())))
					.toList());
		content.put("documents",
				c.documents()
					.stream()
					.map(d -> Map.of("number", d.documentNumber(), "versionAtRequest", d.versionAtRequest()))
					.toList());
		return new SignableRecord(TYPE, c.id(), 1, content);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
