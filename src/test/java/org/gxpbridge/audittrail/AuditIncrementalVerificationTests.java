package org.gxpbridge.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.controls.DocumentAcknowledgementModel;
import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17: incremental verification from the last verified, signed checkpoint (P11-10a,
 * CHK-04). It still finds what changed after that checkpoint, refuses a forged "verified
 * up to" row, and a record's proof finds for its record what only a full walk would
 * otherwise see. Every test puts the database back (one shared context).
 */
@GxpServerTest
class AuditIncrementalVerificationTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditLedger ledger;

	@Autowired
	Workflow workflow;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	long anchor;

	@BeforeEach
	void verifiedUpToTheLastCheckpoint() {
		ledger.seal();
		VerificationReport full = ledger.verify();
		assertThat(full.intact()).as(full.describe()).isTrue();
		anchor = newestVerifiedPosition();
		assertThat(anchor).as("an intact full walk records the checkpoint it verified").isPositive();
	}

	@Test
	void startsFromTheLastVerifiedCheckpointAndRecordsTheNextOne() {
		appendAndSeal("INC-1");
		VerificationReport r = ledger.verifyIncremental();
		assertThat(r.intact()).as(r.describe()).isTrue();
		assertThat(r.mode()).isEqualTo("INCREMENTAL");
		assertThat(r.fromPosition()).isEqualTo(anchor);
		assertThat(r.entries()).isEqualTo(jdbc.queryForObject("select count(*) from gxp_audit_entry", Long.class));
		assertThat(newestVerifiedPosition()).isGreaterThan(anchor);
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void detectsAnEntryAlteredAfterTheVerifiedCheckpoint() {
		long seq = appendAndSeal("INC-2");
		jdbc.update("update gxp_audit_entry set object_id = 'INC-2 forged' where seq = ?", seq);
		try {
			VerificationReport r = ledger.verifyIncremental();
			assertThat(r.mode()).isEqualTo("INCREMENTAL");
			assertThat(r.intact()).as(r.describe()).isFalse();
			assertThat(r.firstBrokenEntry()).isEqualTo(seq);
		}
		finally {
			jdbc.update("update gxp_audit_entry set object_id = 'INC-2' where seq = ?", seq);
		}
		assertThat(ledger.verifyIncremental().intact()).isTrue();
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void detectsAHistoryRowAlteredAfterTheVerifiedCheckpoint() {
		String pi = acknowledgement("INC-3");
		String original = businessKey(pi);
		jdbc.update("update ACT_HI_PROCINST set BUSINESS_KEY_ = 'INC-3 forged' where ID_ = ?", pi);
		try {
			VerificationReport r = ledger.verifyIncremental();
			assertThat(r.intact()).as(r.describe()).isFalse();
			assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("ACT_HI_PROCINST row " + pi + " differs"));
		}
		finally {
			jdbc.update("update ACT_HI_PROCINST set BUSINESS_KEY_ = ? where ID_ = ?", original, pi);
		}
		assertThat(ledger.verifyIncremental().intact()).isTrue();
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void refusesAForgedVerifiedUpToRowAndWalksTheWholeLedger() {
		appendAndSeal("INC-4");
		long head = jdbc.queryForObject("select max(last_pos) from gxp_audit_checkpoint", Long.class);
		String hash = jdbc.queryForObject("select chain_hash from gxp_audit_checkpoint where last_pos = ?",
				String.class, head);
		String signature = jdbc.queryForObject(
				"select signature from gxp_audit_verification order by id desc fetch first 1 rows only", String.class);
		// a DBA claims the chain up to its head was verified, to hide what changed before
		jdbc.update(
				"insert into gxp_audit_verification (mode, from_pos, checkpoint_pos, chain_hash, entries, "
						+ "verified_at, verified_by, key_id, signature) values ('FULL', 0, ?, ?, 1, ?, 'dba', 'k', ?)",
				head, hash, OffsetDateTime.now(), signature);
		try {
			VerificationReport r = ledger.verifyIncremental();
			assertThat(r.intact()).as(r.describe()).isFalse();
			assertThat(r.mode()).isEqualTo("FULL");
			assertThat(r.fromPosition()).isZero();
			assertThat(r.problems()).anySatisfy(
					p -> assertThat(p).contains("verified-up-to record").contains("not signed by the server key"));
		}
		finally {
			jdbc.update("delete from gxp_audit_verification where verified_by = 'dba'");
		}
		assertThat(ledger.verifyIncremental().intact()).isTrue();
	}

	@Test
	void refusesAVerifiedUpToRowWhoseCheckpointNoLongerMatchesTheChain() {
		String stored = jdbc.queryForObject("select chain_hash from gxp_audit_seal where pos = ?", String.class,
				anchor);
		jdbc.update("update gxp_audit_seal set chain_hash = ? where pos = ?", "0".repeat(64), anchor);
		try {
			VerificationReport r = ledger.verifyIncremental();
			assertThat(r.intact()).as(r.describe()).isFalse();
			assertThat(r.mode()).isEqualTo("FULL");
			assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("no longer matches its signed checkpoint"));
		}
		finally {
			jdbc.update("update gxp_audit_seal set chain_hash = ? where pos = ?", stored, anchor);
		}
		assertThat(ledger.verifyIncremental().intact()).isTrue();
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void aRecordsProofFindsItsHistoryRowAlteredBeforeTheVerifiedCheckpoint() {
		String pi = acknowledgement("INC-5");
		assertThat(ledger.verify().intact()).isTrue();
		String original = businessKey(pi);
		jdbc.update("update ACT_HI_PROCINST set BUSINESS_KEY_ = 'INC-5 forged' where ID_ = ?", pi);
		try {
			// documented limit: no entry after the verified checkpoint names the row
			assertThat(ledger.verifyIncremental().intact()).isTrue();
			RecordProof proof = ledger.proveRecord(pi);
			assertThat(proof.intact()).as(proof.describe()).isFalse();
			assertThat(proof.problems()).anySatisfy(p -> assertThat(p).contains("ACT_HI_PROCINST row " + pi));
			assertThat(ledger.verify().intact()).as("the next full walk").isFalse();
		}
		finally {
			jdbc.update("update ACT_HI_PROCINST set BUSINESS_KEY_ = ? where ID_ = ?", original, pi);
		}
		assertThat(ledger.proveRecord(pi).intact()).isTrue();
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void theApiRunsIncrementalByDefaultAndAFullWalkOnRequest() {
		Http.Response incremental = Http.as(port, "inspector").get("/api/audit/verify");
		assertThat(incremental.status()).isEqualTo(200);
		assertThat(incremental.json().path("intact").asBoolean()).as(incremental.body()).isTrue();
		assertThat(incremental.json().path("mode").asText()).isEqualTo("INCREMENTAL");
		assertThat(incremental.json().path("from").asLong()).isGreaterThanOrEqualTo(anchor);
		String sealed = "select count(*) from gxp_audit_entry e join gxp_audit_seal s on s.seq = e.seq";
		long sealedBefore = jdbc.queryForObject(sealed, Long.class);
		Http.Response full = Http.as(port, "auditor").get("/api/audit/verify?full=true");
		assertThat(full.json().path("intact").asBoolean()).as(full.body()).isTrue();
		assertThat(full.json().path("mode").asText()).isEqualTo("FULL");
		assertThat(full.json().path("from").asLong()).isZero();
		// the sealer runs beside the request (and seals the request's own entries): the
		// walk saw every entry sealed before it started, and none that did not exist
		assertThat(full.json().path("sealedEntries").asLong()).isBetween(sealedBefore,
				jdbc.queryForObject(sealed, Long.class));
		assertThat(jdbc.queryForObject(
				"select verified_by from gxp_audit_verification order by id desc fetch first 1 rows only",
				String.class))
			.isEqualTo("auditor");
	}

	private long appendAndSeal(String objectId) {
		ledger.append(AuditFacts.of("owner", "EXPORTED", "Report", objectId));
		ledger.seal();
		return jdbc.queryForObject("select max(seq) from gxp_audit_entry where object_id = ?", Long.class, objectId);
	}

	private String acknowledgement(String number) {
		String pi = workflow
			.start(DocumentAcknowledgementModel.PROCESS_KEY, number,
					Map.of("documentNumber", number, "documentTitle", "SOP " + number), "qm")
			.processInstanceId();
		tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(),
				Map.of("acknowledgementOutcome", "APPROVED"));
		ledger.seal();
		return pi;
	}

	private String businessKey(String pi) {
		return jdbc.queryForObject("select BUSINESS_KEY_ from ACT_HI_PROCINST where ID_ = ?", String.class, pi);
	}

	private long newestVerifiedPosition() {
		return jdbc.queryForObject(
				"select checkpoint_pos from gxp_audit_verification order by id desc fetch first 1 rows only",
				Long.class);
	}

}
