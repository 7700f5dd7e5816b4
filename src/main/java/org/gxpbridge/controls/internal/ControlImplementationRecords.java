package org.gxpbridge.controls.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.gxpbridge.controls.ControlEvidence;
import org.gxpbridge.controls.ControlImplementation;
import org.gxpbridge.controls.RequirementRef;
import org.gxpbridge.shared.SignableRecord;
import org.gxpbridge.shared.SignableRecords;
import org.springframework.stereotype.Component;

/**
 * What the APPROVED signature of ControlImplementationProcess covers: the record bound to
 * the process instance in {@code gxp_control_implementation} with its requirements, its
 * implementation, every evidence document with its SHA-256, and the verification (result,
 * comment, verifier). The status and the effective date are left out: release changes
 * them after the signature was made, and that is not a change of what was signed.
 */
@Component
class ControlImplementationRecords implements SignableRecords {

	static final String TYPE = "control-implementation";

	private final ControlImplementationStore store;

	ControlImplementationRecords(ControlImplementationStore store) {
		this.store = store;
	}

	@Override
	public Optional<SignableRecord> forProcessInstance(String processInstanceId) {
		return store.forProcessInstance(processInstanceId).map(ControlImplementationRecords::record);
	}

	static SignableRecord record(ControlImplementation c) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("id", c.id());
		content.put("title", c.title());
		content.put("category", c.category().name());
		content.put("requirements", c.requirements().stream().map(RequirementRef::toString).toList());
		// open values are signed as "" so the canonical form never holds nulls
		content.put("gapActionId", nz(c.gapActionId()));
		content.put("ownerId", c.ownerId());
		content.put("dueDate", c.dueDate().toString());
		content.put("implementation", nz(c.implementation()));
		content.put("implementedBy", nz(c.implementedBy()));
		content.put("evidence", c.evidence().stream().map(ControlImplementationRecords::evidence).toList());
		content.put("verificationResult", nz(c.verificationResult()));
		content.put("verificationComment", nz(c.verificationComment()));
		content.put("verifiedBy", nz(c.verifiedBy()));
		return new SignableRecord(TYPE, c.id(), 1, content);
	}

	private static Map<String, Object> evidence(ControlEvidence e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("documentId", e.documentId());
		m.put("sha256", e.sha256());
		return m;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
