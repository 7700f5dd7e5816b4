package org.gxpbridge.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.gxpbridge.shared.Sha256;
import org.gxpbridge.signature.internal.CanonicalJson;
import org.gxpbridge.signature.internal.CmsSignatures;
import org.gxpbridge.signature.internal.SignatureRepository.StoredSignature;
import org.gxpbridge.signature.internal.UserKeys;
import org.gxpbridge.signature.process.SigningSteps;

/**
 * Verification of one stored signature, as an inspector would do it, plus the linking
 * rules of 11.70: the CMS must verify over the stored bytes against the CA, and those
 * bytes must name this very task, instance, signer, meaning and time. A signature moved
 * to another row, or another record's CMS copied here, fails. Separately, the signed
 * record (the process's defining fields and the attached documents' SHA-256) is
 * recomputed from the process as it stands now, and the signed variables compared with
 * their values today: any difference is "record changed since signing" (DESIGN.md §6),
 * which release steps refuse to act on. {@code valid} stays about the CMS and the
 * linking.
 */
record SignatureCheck(boolean valid, Boolean recordChanged, String detail) {

	@SuppressWarnings("unchecked")
	static SignatureCheck of(StoredSignature s, X509Certificate ca, UserKeys keys, SigningSteps steps) {
		List<String> problems = new ArrayList<>();
		CmsSignatures.Verification cms = CmsSignatures.verify(s.cms(), s.content(), ca);
		if (!cms.valid()) {
			problems.add(cms.detail());
		}
		else if (!s.certificateSerial().equals(cms.signerSerial())) {
			problems
				.add("signed with certificate " + cms.signerSerial() + ", not with the signer's certificate on record");
		}
		if (!keys.owner(s.certificateSerial()).map(s.signerId()::equals).orElse(false)) {
			problems.add("the certificate on record does not belong to " + s.signerId());
		}
		if (!Sha256.hex(s.content()).equals(s.recordDigest())) {
			problems.add("the record digest does not match the signed content");
		}
		Map<String, Object> record;
		try {
			record = CanonicalJson.read(s.content());
		}
		catch (IllegalArgumentException e) {
			return new SignatureCheck(false, null, "the signed content is not a record");
		}
		expect(problems, record, "taskId", s.taskId());
		expect(problems, record, "taskDefinitionKey", s.taskDefinitionKey());
		expect(problems, record, "processInstanceId", s.processInstanceId());
		expect(problems, record, "processDefinitionId", s.processDefinitionId());
		expect(problems, record, "signerId", s.signerId());
		expect(problems, record, "printedName", s.printedName());
		expect(problems, record, "meaning", s.meaning());
		if (!(record.get("signedAt") instanceof String at) || !Instant.parse(at).equals(s.signedAt())) {
			problems.add("the signed time differs from the time on record");
		}
		Boolean changed = null;
		List<String> changes = new ArrayList<>();
		if (record.get("variables") instanceof Map<?, ?> signed) {
			Map<String, Object> now = steps.currentValues(s.processInstanceId(), (Set<String>) signed.keySet());
			signed.forEach((name, value) -> {
				if (!now.containsKey((String) name) || !same(now.get((String) name), value)) {
					changes.add("submitted variable '" + name + "'");
				}
			});
			changed = !changes.isEmpty();
		}
		if (record.get("record") instanceof Map<?, ?> signedRecord) {
			// the record as it stands now, recomputed from the process (history for ended
			// instances)
			Map<String, Object> fields = signedRecord.get("fields") instanceof Map<?, ?> f ? (Map<String, Object>) f
					: Map.of();
			Map<String, Object> now = steps.recordNow(s.processInstanceId(), fields.keySet());
			Map<String, Object> fieldsNow = (Map<String, Object>) now.get("fields");
			fields.forEach((name, value) -> {
				if (!same(fieldsNow.get(name), value)) {
					changes
						.add("record field '" + name + "' (signed '" + value + "', now '" + fieldsNow.get(name) + "')");
				}
			});
			if (!Sha256.hex(CanonicalJson.bytes(Map.of("d", now.get("documents"))))
				.equals(Sha256.hex(CanonicalJson.bytes(Map.of("d",
						signedRecord.get("documents") == null ? Map.of() : signedRecord.get("documents")))))) {
				changes.add("attached documents (content SHA-256)");
			}
			Object recordNow = now.get("moduleRecord");
			Object recordSigned = signedRecord.get("moduleRecord");
			if (!same(recordNow, recordSigned)) {
				changes.add("the signed record's content in its module (" + describe(recordSigned) + ")");
			}
			changed = !changes.isEmpty();
		}
		String detail = problems.isEmpty() ? cms.detail() + "; linked to its own record" : String.join("; ", problems);
		if (!changes.isEmpty()) {
			detail += "; changed since signing: " + String.join(", ", changes);
		}
		return new SignatureCheck(problems.isEmpty(), changed, detail);
	}

	private static String describe(Object moduleRecord) {
		return moduleRecord instanceof Map<?, ?> r ? r.get("type") + " " + r.get("id") + " version " + r.get("version")
				: "none when signed";
	}

	private static boolean same(Object now, Object signed) {
		return CanonicalJson.valueText(now).equals(CanonicalJson.valueText(signed));
	}

	private static void expect(List<String> problems, Map<String, Object> record, String field, String onRecord) {
		if (!Objects.equals(record.get(field), onRecord)) {
			problems.add("the signed " + field + " is '" + record.get(field) + "', not '" + onRecord
					+ "': the signature belongs to another record");
		}
	}
}
