package org.gxpbridge.regulation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gxpbridge.regulation.ApplicableFramework;
import org.gxpbridge.regulation.RegisterVersion;
import org.gxpbridge.shared.SignableRecord;
import org.gxpbridge.shared.SignableRecords;
import org.springframework.stereotype.Component;

/**
 * What a signature of RegulationReviewProcess covers: the register version bound to the
 * process instance in {@code gxp_register_version} and its entries as they stand in the
 * tables. The status is left out on purpose: approval changes it after the signatures
 * were made, and that is not a change of what was signed.
 */
@Component
class RegisterRecords implements SignableRecords {

	static final String TYPE = "applicability-register";

	private final RegisterStore store;

	RegisterRecords(RegisterStore store) {
		this.store = store;
	}

	@Override
	public Optional<SignableRecord> forProcessInstance(String processInstanceId) {
		return store.forProcessInstance(processInstanceId).map(RegisterRecords::record);
	}

	static SignableRecord record(RegisterVersion version) {
		List<Map<String, Object>> entries = version.entries().stream().map(RegisterRecords::entry).toList();
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("registerId", version.registerId());
		content.put("version", version.version());
		content.put("entries", entries);
		return new SignableRecord(TYPE, version.registerId(), version.version(), content);
	}

	private static Map<String, Object> entry(ApplicableFramework e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("frameworkId", e.frameworkId());
		m.put("applicable", e.applicable());
		m.put("rationale", e.rationale());
		// absent RACI values are signed as "" so the canonical form never holds nulls
		m.put("responsible", nz(e.responsible()));
		m.put("accountable", nz(e.accountable()));
		m.put("consulted", nz(e.consulted()));
		m.put("informed", nz(e.informed()));
		return m;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
