package org.gxpbridge.audittrail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.VerificationReport;
import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sealer's work per seal does not grow with the ledger (issue 17 goal 1), and nothing
 * is lost for it (P11-10e, CHK-04): an entry that commits after the sealer passed its seq
 * is sealed at the next scheduled seal; the signed high-water mark counts exactly without
 * counting the whole ledger, and an entry deleted after its seal stays counted; a
 * transaction's entries, written as multi-row inserts, keep their order and values.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles({ "demo", "test" })
@TestPropertySource(
		properties = { "spring.datasource.url=jdbc:h2:mem:gxp-ledger-sealer;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
				"camunda.bpm.process-engine-name=ledgerSealerTests",
				// scheduled seals would race the test's own calls
				"gxp.audit.seal-interval=1h" })
class LedgerSealerTests {

	@Autowired
	LedgerSealer sealer;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	LedgerWriter writer;

	@BeforeEach
	void everythingSealed() {
		sealer.sealNow();
	}

	private long insertEntry(String objectId, OffsetDateTime recordedAt) {
		jdbc.update(
				"insert into gxp_audit_entry (recorded_at, actor_id, action, object_type, object_id) values (?, 'system', 'TEST', 'Sample', ?)",
				recordedAt, objectId);
		return jdbc.queryForObject("select seq from gxp_audit_entry where object_id = ?", Long.class, objectId);
	}

	private Long positionOf(long seq) {
		List<Long> pos = jdbc.queryForList("select pos from gxp_audit_seal where seq = ?", Long.class, seq);
		return pos.isEmpty() ? null : pos.get(0);
	}

	private long gapRows(long seq) {
		return jdbc.queryForObject("select count(*) from gxp_audit_seal_gap where seq = ?", Long.class, seq);
	}

	private long newestMarkEntries() {
		return jdbc.queryForObject("select entries from gxp_audit_watermark order by id desc fetch first 1 rows only",
				Long.class);
	}

	private long entries() {
		return jdbc.queryForObject("select count(*) from gxp_audit_entry", Long.class);
	}

	@Test
	@Verifies({ "P11-10e", "CHK-04" })
	void anEntryCommittedAfterTheSealerPassedItsSeqIsSealedAtTheNextScheduledSeal() throws Exception {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		CountDownLatch inserted = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		TransactionTemplate slow = new TransactionTemplate(transactions);
		slow.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		String slowId = "late-" + System.nanoTime();
		// a transaction that holds its entry's seq while a later one commits
		CompletableFuture<Long> late = CompletableFuture.supplyAsync(() -> slow.execute(status -> {
			long seq = insertEntry(slowId, now);
			inserted.countDown();
			try {
				assertThat(commit.await(60, TimeUnit.SECONDS)).isTrue();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return seq;
		}));
		assertThat(inserted.await(60, TimeUnit.SECONDS)).isTrue();
		// the next seq commits first, recorded long enough ago that the gap is passed
		long next = insertEntry("after-" + System.nanoTime(), now.minusMinutes(5));

		assertThat(sealer.sealIfFree()).isEqualTo(1);
		Long nextPos = positionOf(next);
		assertThat(nextPos).as("sealed past the gap").isNotNull();

		commit.countDown();
		long lateSeq = late.get(60, TimeUnit.SECONDS);
		assertThat(lateSeq).isLessThan(next);
		assertThat(positionOf(lateSeq)).as("not sealed before it committed").isNull();
		assertThat(gapRows(lateSeq)).as("the passed seq is remembered in the database, with the seal").isOne();

		// the scheduled path (no search of the whole window) finds it by its gap row
		assertThat(sealer.sealIfFree()).isEqualTo(1);
		assertThat(positionOf(lateSeq)).as("sealed after the entry it preceded").isEqualTo(nextPos + 1);
		assertThat(sealer.sealIfFree()).as("sealed once").isZero();
		assertThat(gapRows(lateSeq)).as("forgotten once sealed").isZero();

		VerificationReport report = ledger.verify();
		assertThat(report.intact()).as(report.describe()).isTrue();
		assertThat(newestMarkEntries()).as("the mark counts the late entry too").isEqualTo(entries());
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void anEntryDeletedAfterItsSealStaysCountedByEveryLaterMark() {
		long deleted = insertEntry("deleted-" + System.nanoTime(), OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
		assertThat(sealer.sealNow()).isEqualTo(1);
		assertThat(newestMarkEntries()).isEqualTo(entries());
		Map<String, Object> row = jdbc.queryForMap("select * from gxp_audit_entry where seq = ?", deleted);
		jdbc.update("delete from gxp_audit_entry where seq = ?", deleted);
		try {
			// more work and a new mark: it does not absorb the deletion (a count of the
			// rows would have)
			insertEntry("later-" + System.nanoTime(), OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
			assertThat(sealer.sealNow()).isEqualTo(1);
			assertThat(newestMarkEntries()).isEqualTo(entries() + 1);
			VerificationReport report = ledger.verify();
			assertThat(report.intact()).isFalse();
			assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("was deleted from the ledger"));
		}
		finally {
			SimpleJdbcInsert restore = new SimpleJdbcInsert(jdbc).withTableName("gxp_audit_entry");
			restore.execute(row);
		}
		VerificationReport report = ledger.verify();
		assertThat(report.intact()).as(report.describe()).isTrue();
	}

	@Test
	@Verifies({ "P11-10e", "CHK-01" })
	void aTransactionsEntriesKeepTheirOrderAndValuesAcrossMultiRowInserts() {
		String prefix = "order-" + System.nanoTime() + "-";
		int count = 120; // more than two statements' worth (50 rows each)
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			for (int i = 0; i < count; i++) {
				AuditFacts facts = AuditFacts.of("system", "TEST", "Sample", prefix + i);
				writer.append(EntryDraft.of(i % 3 == 0 ? facts : facts.withChange("status", null, "v" + i)));
			}
		});
		List<Map<String, Object>> rows = jdbc.queryForList(
				"select seq, object_id, field_name, old_value, new_value from gxp_audit_entry where object_id like ? order by seq",
				prefix + "%");
		assertThat(rows).hasSize(count);
		for (int i = 0; i < count; i++) {
			Map<String, Object> r = rows.get(i);
			assertThat(r.get("OBJECT_ID")).as("seq order is append order").isEqualTo(prefix + i);
			assertThat(r.get("OLD_VALUE")).isNull();
			assertThat(r.get("FIELD_NAME")).isEqualTo(i % 3 == 0 ? null : "status");
			assertThat(r.get("NEW_VALUE")).isEqualTo(i % 3 == 0 ? null : "v" + i);
		}
		assertThat(sealer.sealNow()).isEqualTo(count);
		assertThat(newestMarkEntries()).isEqualTo(entries());
		VerificationReport report = ledger.verify();
		assertThat(report.intact()).as(report.describe()).isTrue();
	}

}
