package org.gxpbridge.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;

/**
 * What the ledger records of a signature (P11-10e, P11-50a): signer, meaning, printed
 * name, time and task, and the digest of the signed record.
 */
@Verifies({ "P11-10e", "CHK-01" })
class RecordSignedAuditFactsTests {

	@Test
	void aSignatureRecordsSignerMeaningNameTimeTaskAndRecordDigest() {
		String digest = "ef".repeat(32);
		RecordSigned signed = new RecordSigned("sig-1", "task-1", "pi-1", "approver", "Anna Approver", "APPROVAL",
				Instant.parse("2026-03-01T10:15:30Z"), digest);

		assertThat(signed.auditFacts())
			.isEqualTo(new AuditFacts("approver", "SIGNATURE_MADE", "Signature", "sig-1", "pi-1", null, "meaning", null,
					"APPROVAL by Anna Approver at 2026-03-01T10:15:30Z on task task-1", null, digest));
	}

}
