package org.gxpbridge.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;

/**
 * What the ledger records when a version enters the register of effective documents: the
 * server acts (the approvals are the entries before it), and the entry names the register
 * row the audit trail seals with it (P11-10e).
 */
@Verifies({ "P11-10e", "CHK-01" })
class DocumentMadeEffectiveAuditFactsTests {

	@Test
	void theServerMakesTheVersionEffectiveForItsProcess() {
		DocumentMadeEffective effective = new DocumentMadeEffective("SOP-7", "2", "Cleaning", "author", "pi-1",
				Instant.parse("2026-03-01T10:15:30Z"));

		assertThat(effective.auditFacts())
			.isEqualTo(new AuditFacts(null, "DOCUMENT_EFFECTIVE", "ControlledDocument", "SOP-7/2", "pi-1", null,
					"status", null, "EFFECTIVE at 2026-03-01T10:15:30Z: Cleaning by author", null, null));
	}

}
