package org.gxpbridge.audittrail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The full walk reads seals and entries side by side instead of joining them; it must
 * hand over exactly the rows of the join, whatever a DBA did to the order of the chain:
 * an entry sealed out of seq order, one deleted, a seal pointing at no entry, one
 * pointing far ahead of the entry cursor (with a small skip limit, so the lookup path
 * runs). Each case runs in a rolled-back transaction the background sealer cannot see.
 */
@GxpServerTest
@Verifies({ "P11-10a", "CHK-04" })
class SealedEntriesTests {

	record Seen(long pos, long seq, String stored, AuditEntry entry) {
	}

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	long firstPos;

	@BeforeEach
	void aSealedStretch() {
		firstPos = jdbc.queryForObject("select coalesce(max(pos), 0) from gxp_audit_seal", Long.class) + 1;
		new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
			for (int i = 0; i < 40; i++) {
				ledger.append(AuditFacts.of("owner", "EXPORTED", "Report", "SEALED-ENTRIES-" + i));
			}
		});
		ledger.seal();
	}

	@Test
	void givesTheRowsOfTheJoinAsTheChainIs() {
		sameAsTheJoin(0, jdbc -> {
		});
	}

	@Test
	void givesTheRowsOfTheJoinWhenEntriesWereSealedOutOfSeqOrder() {
		sameAsTheJoin(firstPos - 1, jdbc -> {
			swapSeq(firstPos + 3, firstPos + 4);
			swapSeq(firstPos + 10, firstPos + 30);
		});
	}

	@Test
	void givesTheRowsOfTheJoinWhenEntriesWereDeletedOrSealsPointNowhere() {
		sameAsTheJoin(firstPos - 1, jdbc -> {
			jdbc.update("delete from gxp_audit_entry where seq = ?", seqAt(firstPos + 5));
			jdbc.update("delete from gxp_audit_entry where seq = ?", seqAt(firstPos + 39));
			jdbc.update("update gxp_audit_seal set seq = ? where pos = ?",
					jdbc.queryForObject("select max(seq) from gxp_audit_entry", Long.class) + 1000, firstPos + 20);
			jdbc.update("update gxp_audit_seal set seq = ? where pos = ?", -7, firstPos + 21);
		});
	}

	private void sameAsTheJoin(long from, Consumer<JdbcTemplate> tamper) {
		TransactionTemplate snapshot = new TransactionTemplate(transactionManager);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		snapshot.executeWithoutResult(status -> {
			status.setRollbackOnly();
			tamper.accept(jdbc);
			List<Seen> joined = read(from, false, SealedEntries.MAX_SKIP);
			assertThat(joined).hasSizeGreaterThanOrEqualTo(40);
			assertThat(read(from, true, SealedEntries.MAX_SKIP)).containsExactlyElementsOf(joined);
			// a skip limit of 2: positions whose entry lies further ahead are looked up
			assertThat(read(from, true, 2)).containsExactlyElementsOf(joined);
		});
	}

	private List<Seen> read(long from, boolean sideBySide, int maxSkip) {
		List<Seen> seen = new ArrayList<>();
		SealedEntries.forEach(jdbc, from, sideBySide, maxSkip,
				(pos, seq, stored, entry) -> seen.add(new Seen(pos, seq, stored, entry)));
		return seen;
	}

	private long seqAt(long pos) {
		return jdbc.queryForObject("select seq from gxp_audit_seal where pos = ?", Long.class, pos);
	}

	private void swapSeq(long pos, long other) {
		long a = seqAt(pos);
		long b = seqAt(other);
		jdbc.update("update gxp_audit_seal set seq = ? where pos = ?", -1, pos);
		jdbc.update("update gxp_audit_seal set seq = ? where pos = ?", a, other);
		jdbc.update("update gxp_audit_seal set seq = ? where pos = ?", b, pos);
	}

}
