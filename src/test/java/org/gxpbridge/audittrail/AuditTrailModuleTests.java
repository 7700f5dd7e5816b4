package org.gxpbridge.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.gxpbridge.audittrail.internal.RecordTables;
import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail on its own (P11-10e, CHK-01, CHK-04): any module's
 * {@link AuditableEvent} ends in the ledger with the facts it carries, and the sealed
 * chain verifies. The event here belongs to no module of the server, which is the point:
 * the audit trail needs to know none. Booted with its direct dependencies only: the
 * ledger names actors from security's accounts, and the engine comes with the audit
 * trail, whose plugin captures its history.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles({ "demo", "test" })
@TestPropertySource(
		properties = { "spring.datasource.url=jdbc:h2:mem:gxp-audittrail-module;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
				// its own engine name: a second "default" engine would replace the shared
				// server's in
				// Camunda's static registry, and engine REST of later tests would reach
				// this one
				"camunda.bpm.process-engine-name=auditTrailModule" })
class AuditTrailModuleTests {

	/** What a lifecycle module added after the audit trail was written might publish. */
	record SampleReleased(String sampleId, String releasedBy, String batchRecord, String previousStatus,
			String sha256) implements AuditableEvent {

		@Override
		public AuditFacts auditFacts() {
			return AuditFacts.of(releasedBy, "SAMPLE_RELEASED", "Sample", sampleId)
				.withRecord(null, batchRecord)
				.withChange("status", previousStatus, "RELEASED")
				.withReason("QC results within specification")
				.withContentHash(sha256);
		}
	}

	@Autowired
	AuditLedger ledger;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void sealsOnlyTheRecordTablesOfTheModulesItLoads(@Autowired RecordTables recordTables) {
		// the audit trail's own legal holds, security's accounts, identity
		// verifications and integration clients: no other module is loaded, so no other
		// module's table is sealed
		assertThat(recordTables.names()).containsExactlyInAnyOrder("gxp_audit_legal_hold", "gxp_user",
				"gxp_identity_verification", "gxp_integration_client");
	}

	@Test
	@Verifies({ "P11-10e", "CHK-01" })
	void recordsAnyModulesEventWithTheFactsItCarriesAndTheChainVerifies(Scenario scenario) {
		String sampleId = "S-" + UUID.randomUUID();
		String sha256 = "ab".repeat(32);

		scenario.publish(new SampleReleased(sampleId, "owner", "BR-2026-17", "QUARANTINE", sha256))
			.andWaitForStateChange(() -> entriesAbout(sampleId), entries -> !entries.isEmpty())
			.andVerify(entries -> {
				assertThat(entries).singleElement().satisfies(e -> {
					assertThat(e.actorId()).isEqualTo("owner");
					assertThat(e.actorName()).as("printed name from the account").isNotBlank();
					assertThat(e.actorRole()).as("roles from the account").isNotBlank();
					assertThat(e.recordedAt()).isNotNull();
					assertThat(e.action()).isEqualTo("SAMPLE_RELEASED");
					assertThat(e.objectType()).isEqualTo("Sample");
					assertThat(e.businessKey()).isEqualTo("BR-2026-17");
					assertThat(e.field()).isEqualTo("status");
					assertThat(e.oldValue()).isEqualTo("QUARANTINE");
					assertThat(e.newValue()).isEqualTo("RELEASED");
					assertThat(e.reason()).isEqualTo("QC results within specification");
					assertThat(e.contentHash()).isEqualTo(sha256);
				});
			});

		ledger.seal();
		VerificationReport report = ledger.verify();
		assertThat(report.intact()).as(report.describe()).isTrue();
		assertThat(entriesAbout(sampleId)).singleElement()
			.satisfies(e -> assertThat(e.chainHash()).as("sealed into the chain").isNotNull());
	}

	@Test
	void recordsTheServerAsActorWhenTheEventNamesNoOne() {
		String sampleId = "S-" + UUID.randomUUID();

		transactions.executeWithoutResult(status -> events
			.publishEvent((AuditableEvent) () -> AuditFacts.bySystem("SAMPLE_EXPIRED", "Sample", sampleId)
				.withChange("status", "RELEASED", "EXPIRED")));

		assertThat(entriesAbout(sampleId)).singleElement().satisfies(e -> {
			assertThat(e.actorId()).isEqualTo("system");
			assertThat(e.actorName()).isEqualTo("GxP Bridge server");
			assertThat(e.reason()).as("none given, none invented").isNull();
		});
	}

	@Test
	@Verifies({ "P11-10e", "CHK-01" })
	void recordsNothingWhenThePublishingTransactionRollsBack() {
		String sampleId = "S-" + UUID.randomUUID();

		transactions.executeWithoutResult(status -> {
			events.publishEvent(new SampleReleased(sampleId, "owner", "BR-2026-18", "QUARANTINE", null));
			status.setRollbackOnly();
		});

		assertThat(entriesAbout(sampleId)).as("no entry without the change").isEmpty();
	}

	private List<AuditEntry> entriesAbout(String sampleId) {
		return ledger.entries(new AuditQuery(null, null, null, null, null, 10_000))
			.stream()
			.filter(e -> sampleId.equals(e.objectId()))
			.toList();
	}

}
