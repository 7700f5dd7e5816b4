package org.gxpbridge.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.audittrail.internal.Canonical;
import org.gxpbridge.audittrail.internal.LegalHolds;
import org.gxpbridge.controls.ControlledDocuments;
import org.gxpbridge.controls.DocumentApprovalModel;
import org.gxpbridge.documents.DocumentInfo;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.NewDocument;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * P11-10a / CHK-04 on H2: a DBA's UPDATE, DELETE or INSERT on the ledger, the engine
 * history (ACT_HI_*, including ACT_HI_VARINST) or a gxp_* record table is reported with
 * the first affected entry and the row; deleting the newest entries is found by the
 * signed high-water mark; history removed inside its retention is reported (CHK-19).
 * Every test puts the database back, because all server tests share one.
 */
@GxpServerTest
class AuditTamperingTests {

	@LocalServerPort
	int port;

	@Autowired
	Workflow workflow;

	@Autowired
	TaskService tasks;

	@Autowired
	Signatures signatures;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Documents documents;

	@Autowired
	ControlledDocuments register;

	@Autowired
	LegalHolds legalHolds;

	@Autowired
	RuntimeService runtime;

	@Autowired
	PlatformTransactionManager transactionManager;

	String pi;

	@BeforeEach
	void someSealedWork() {
		pi = workflow
			.start(DocumentApprovalModel.PROCESS_KEY, "DOC-TAMPER",
					Map.of("documentTitle", "SOP-9", "changeSummary", "new"), "owner")
			.processInstanceId();
		String task = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
		// the review is a signing step: it completes only through a signature
		signatures.sign(new SignRequest(task, "reviewer", Http.DEMO_PASSWORD, "REVIEWED",
				Map.of("reviewOutcome", "REJECTED"), null, "127.0.0.1"));
		ledger.seal();
		VerificationReport before = ledger.verify();
		assertThat(before.intact()).as(before.describe()).isTrue();
	}

	AuditEntry entry(String objectType, String field) {
		return ledger.entries(new AuditQuery(pi, null, null, null, null, 1000))
			.stream()
			.filter(e -> e.objectType().equals(objectType) && (field == null || field.equals(e.field())))
			.reduce((a, b) -> b)
			.orElseThrow();
	}

	VerificationReport brokenAt(Long seq) {
		VerificationReport r = ledger.verify();
		assertThat(r.intact()).as(r.describe()).isFalse();
		assertThat(r.firstBrokenEntry()).as(r.describe()).isEqualTo(seq);
		return r;
	}

	void intactAgain() {
		VerificationReport r = ledger.verify();
		assertThat(r.intact()).as(r.describe()).isTrue();
	}

	@Test
	void detectsLedgerEntryUpdatedBehindTheServersBack() {
		AuditEntry e = entry("Variable", "documentTitle");
		assertThat(e.position()).as("sealed").isNotNull();
		jdbc.update("update gxp_audit_entry set new_value = 'SOP-9 forged' where seq = ?", e.seq());
		try {
			assertThat(brokenAt(e.seq()).problems())
				.anySatisfy(p -> assertThat(p).contains("does not match its chain hash"));
		}
		finally {
			jdbc.update("update gxp_audit_entry set new_value = ? where seq = ?", e.newValue(), e.seq());
		}
		intactAgain();
	}

	@Test
	void detectsSealedLedgerEntryDeleted() {
		AuditEntry e = entry("Task", null);
		Map<String, Object> row = jdbc.queryForMap("select * from gxp_audit_entry where seq = ?", e.seq());
		jdbc.update("delete from gxp_audit_entry where seq = ?", e.seq());
		try {
			assertThat(brokenAt(e.seq()).problems()).anySatisfy(p -> assertThat(p).contains("deleted from the ledger"));
		}
		finally {
			insert("gxp_audit_entry", row);
		}
		intactAgain();
	}

	@Test
	void detectsLedgerEntryInsertedBehindTheChain() {
		jdbc.update(
				"insert into gxp_audit_entry (seq, recorded_at, actor_id, action, object_type, object_id) values (0, ?, 'approver', 'Complete', 'Task', 'forged')",
				OffsetDateTime.parse("2020-01-01T00:00:00Z"));
		try {
			assertThat(brokenAt(0L).problems())
				.anySatisfy(p -> assertThat(p).contains("inserted behind the sealer's back"));
		}
		finally {
			jdbc.update("delete from gxp_audit_entry where seq = 0");
		}
		intactAgain();
	}

	/**
	 * A full walk counts the entries outside the chain and reads the newest (above the
	 * chain's highest seq) by index; one inserted below must still be found when newer
	 * entries await the sealer. Both rows are inserted in this test's transaction, which
	 * the walk joins (one snapshot), so the background sealer never sees them; rolled
	 * back after.
	 */
	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void detectsLedgerEntryInsertedBehindTheChainWhileNewerEntriesAwaitTheSealer() {
		TransactionTemplate snapshot = new TransactionTemplate(transactionManager);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		snapshot.executeWithoutResult(status -> {
			status.setRollbackOnly();
			Long top = jdbc.queryForObject("select max(seq) from gxp_audit_entry", Long.class);
			long unsealedBefore = ledger.verify().unsealedEntries();
			jdbc.update(
					"insert into gxp_audit_entry (seq, recorded_at, actor_id, action, object_type, object_id) values (?, ?, 'owner', 'EXPORTED', 'Report', 'newest')",
					top + 100, OffsetDateTime.now());
			VerificationReport newest = ledger.verify();
			assertThat(newest.intact()).as(newest.describe()).isTrue();
			assertThat(newest.unsealedEntries()).isEqualTo(unsealedBefore + 1);
			jdbc.update(
					"insert into gxp_audit_entry (seq, recorded_at, actor_id, action, object_type, object_id) values (0, ?, 'approver', 'Complete', 'Task', 'forged')",
					OffsetDateTime.parse("2020-01-01T00:00:00Z"));
			VerificationReport r = brokenAt(0L);
			assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("inserted behind the sealer's back"));
			assertThat(r.unsealedEntries()).isEqualTo(unsealedBefore + 2);
		});
		intactAgain();
	}

	@Test
	void detectsCheckpointSignatureForged() {
		long last = jdbc.queryForObject("select max(last_pos) from gxp_audit_checkpoint", Long.class);
		String signature = jdbc.queryForObject("select signature from gxp_audit_checkpoint where last_pos = ?",
				String.class, last);
		String other = jdbc.queryForObject(
				"select signature from gxp_audit_checkpoint where last_pos < ? order by last_pos desc fetch first 1 rows only",
				String.class, last);
		jdbc.update("update gxp_audit_checkpoint set signature = ? where last_pos = ?", other, last);
		try {
			VerificationReport r = ledger.verify();
			assertThat(r.intact()).isFalse();
			assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("not signed by the server key"));
		}
		finally {
			jdbc.update("update gxp_audit_checkpoint set signature = ? where last_pos = ?", signature, last);
		}
		intactAgain();
	}

	@Test
	void detectsHistoryRowUpdatedBehindTheServersBack() {
		AuditEntry e = entry("Variable", "documentTitle");
		String original = jdbc.queryForObject("select TEXT_ from ACT_HI_DETAIL where ID_ = ?", String.class,
				e.sourceRowId());
		jdbc.update("update ACT_HI_DETAIL set TEXT_ = 'SOP-9 forged' where ID_ = ?", e.sourceRowId());
		try {
			assertThat(brokenAt(e.seq()).problems())
				.anySatisfy(p -> assertThat(p).contains("ACT_HI_DETAIL row " + e.sourceRowId() + " differs"));
		}
		finally {
			jdbc.update("update ACT_HI_DETAIL set TEXT_ = ? where ID_ = ?", original, e.sourceRowId());
		}
		intactAgain();
	}

	@Test
	void detectsHistoryRowDeletedBehindTheServersBack() {
		AuditEntry e = entry("Task", null);
		Map<String, Object> row = jdbc.queryForMap("select * from ACT_HI_TASKINST where ID_ = ?", e.sourceRowId());
		jdbc.update("delete from ACT_HI_TASKINST where ID_ = ?", e.sourceRowId());
		try {
			assertThat(brokenAt(e.seq()).problems())
				.anySatisfy(p -> assertThat(p).contains("deleted from the engine history"));
		}
		finally {
			insert("ACT_HI_TASKINST", row);
		}
		intactAgain();
	}

	@Test
	void detectsHistoryRowInsertedBehindTheServersBack() {
		jdbc.update("insert into ACT_HI_OP_LOG (ID_, USER_ID_, OPERATION_TYPE_, ENTITY_TYPE_, TIMESTAMP_, CATEGORY_) "
				+ "values ('forged-op-1', 'approver', 'Complete', 'Task', CURRENT_TIMESTAMP, 'TaskWorker')");
		try {
			VerificationReport r = ledger.verify();
			assertThat(r.intact()).isFalse();
			assertThat(r.problems())
				.anySatisfy(p -> assertThat(p).contains("ACT_HI_OP_LOG row forged-op-1 has no ledger entry"));
		}
		finally {
			jdbc.update("delete from ACT_HI_OP_LOG where ID_ = 'forged-op-1'");
		}
		intactAgain();
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void detectsVariableValueUpdatedBehindTheServersBack() {
		AuditEntry e = entry("Variable", "documentTitle");
		String varinst = e.objectId();
		jdbc.update("update ACT_HI_VARINST set TEXT_ = 'SOP-9 forged' where ID_ = ?", varinst);
		try {
			assertThat(brokenAt(e.seq()).problems()).anySatisfy(p -> assertThat(p).contains("ACT_HI_VARINST row "
					+ varinst + " (variable documentTitle) differs from ledger entry seq " + e.seq()));
		}
		finally {
			jdbc.update("update ACT_HI_VARINST set TEXT_ = ? where ID_ = ?", e.newValue(), varinst);
		}
		intactAgain();
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void aVariableTheEngineRemovedStaysVerifiableAndItsRowStillSealed() {
		String other = workflow
			.start(DocumentApprovalModel.PROCESS_KEY, "DOC-TAMPER-REMOVE",
					Map.of("documentTitle", "SOP-10", "changeSummary", "new"), "owner")
			.processInstanceId();
		runtime.setVariable(other, "scratch", "kept for a while");
		runtime.removeVariable(other, "scratch");
		ledger.seal();
		VerificationReport afterRemoval = ledger.verify();
		assertThat(afterRemoval.intact())
			.as("CHK-04: a removal by the engine is history, not tampering: %s", afterRemoval.describe())
			.isTrue();
		AuditEntry removal = ledger.entries(new AuditQuery(other, null, null, null, null, 1000))
			.stream()
			.filter(e -> "Variable".equals(e.objectType()) && "scratch".equals(e.field())
					&& "delete".equals(e.action()))
			.findFirst()
			.orElseThrow();
		String varinst = removal.objectId();
		assertThat(jdbc.queryForObject("select STATE_ from ACT_HI_VARINST where ID_ = ?", String.class, varinst))
			.isEqualTo("DELETED");
		jdbc.update("update ACT_HI_VARINST set TEXT_ = 'rewritten after removal' where ID_ = ?", varinst);
		try {
			assertThat(brokenAt(removal.seq()).problems()).anySatisfy(p -> assertThat(p)
				.contains("ACT_HI_VARINST row " + varinst + " (variable scratch) differs from ledger entry seq "));
		}
		finally {
			jdbc.update("update ACT_HI_VARINST set TEXT_ = 'kept for a while' where ID_ = ?", varinst);
		}
		jdbc.update("update ACT_HI_VARINST set STATE_ = 'CREATED' where ID_ = ?", varinst);
		try {
			assertThat(brokenAt(removal.seq()).problems()).anySatisfy(
					p -> assertThat(p).contains("ACT_HI_VARINST row " + varinst + " (variable scratch) differs"));
		}
		finally {
			jdbc.update("update ACT_HI_VARINST set STATE_ = 'DELETED' where ID_ = ?", varinst);
		}
		intactAgain();
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void detectsAccountAndRoleRowsUpdatedInsertedOrDeletedBehindTheServersBack() {
		AuditEntry created = lastEntryAbout("gxp_user", "reviewer");
		String hash = jdbc.queryForObject("select password_hash from gxp_user where user_id = 'reviewer'",
				String.class);
		String other = jdbc.queryForObject("select password_hash from gxp_user where user_id = 'approver'",
				String.class);
		jdbc.update("update gxp_user set password_hash = ? where user_id = 'reviewer'", other);
		try {
			assertThat(brokenAt(created.seq()).problems()).anySatisfy(p -> assertThat(p)
				.contains("gxp_user row reviewer differs from ledger entry seq " + created.seq()));
		}
		finally {
			jdbc.update("update gxp_user set password_hash = ? where user_id = 'reviewer'", hash);
		}
		intactAgain();

		jdbc.update("insert into gxp_user_role (user_id, role) values ('reviewer', 'ADMIN')");
		try {
			assertThat(brokenAt(created.seq()).problems())
				.anySatisfy(p -> assertThat(p).contains("gxp_user row reviewer differs"));
		}
		finally {
			jdbc.update("delete from gxp_user_role where user_id = 'reviewer' and role = 'ADMIN'");
		}
		intactAgain();

		Map<String, Object> row = jdbc.queryForMap("select * from gxp_user where user_id = 'reviewer'");
		row.put("USER_ID", "mallory");
		insert("gxp_user", row);
		try {
			assertThat(ledger.verify().problems())
				.anySatisfy(p -> assertThat(p).contains("gxp_user row mallory has no ledger entry"));
		}
		finally {
			jdbc.update("delete from gxp_user where user_id = 'mallory'");
		}
		intactAgain();

		accounts.createSeedAccount(new NewAccount("tshort", "Tom Short", "tshort@example.com", Set.of(Role.REVIEWER),
				"Short-Lived-Passw0rd", null), false, false);
		ledger.seal();
		AuditEntry tom = lastEntryAbout("gxp_user", "tshort");
		// the account and the rows that refer to it, parents last
		List<String> tables = List.of("gxp_password_history", "gxp_signature_key", "gxp_identity_verification",
				"gxp_user_role", "gxp_user");
		Map<String, List<Map<String, Object>>> saved = new LinkedHashMap<>();
		tables.forEach(t -> saved.put(t, jdbc.queryForList("select * from " + t + " where user_id = 'tshort'")));
		tables.forEach(t -> jdbc.update("delete from " + t + " where user_id = 'tshort'"));
		try {
			assertThat(brokenAt(tom.seq()).problems()).anySatisfy(
					p -> assertThat(p).contains("gxp_user tshort of ledger entry seq " + tom.seq() + " was deleted"));
		}
		finally {
			for (int i = tables.size() - 1; i >= 0; i--) {
				String t = tables.get(i);
				saved.get(t).forEach(r -> insert(t, r));
			}
		}
		intactAgain();
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void detectsSignatureRowsUpdatedInsertedOrDeletedBehindTheServersBack() {
		AuditEntry signed = ledger.entries(new AuditQuery(pi, null, null, null, null, 1000))
			.stream()
			.filter(e -> "SIGNATURE_MADE".equals(e.action()))
			.findFirst()
			.orElseThrow();
		assertThat(signed.sourceTable()).isEqualTo("gxp_signature");
		String id = signed.objectId();
		jdbc.update("update gxp_signature set meaning = 'APPROVED' where id = ?", id);
		try {
			assertThat(brokenAt(signed.seq()).problems()).anySatisfy(p -> assertThat(p)
				.contains("gxp_signature row " + id + " differs from ledger entry seq " + signed.seq()));
		}
		finally {
			jdbc.update("update gxp_signature set meaning = 'REVIEWED' where id = ?", id);
		}
		intactAgain();

		Map<String, Object> row = jdbc.queryForMap("select * from gxp_signature where id = ?", id);
		jdbc.update("delete from gxp_signature where id = ?", id);
		try {
			assertThat(brokenAt(signed.seq()).problems()).anySatisfy(p -> assertThat(p)
				.contains("gxp_signature " + id + " of ledger entry seq " + signed.seq() + " was deleted"));
			Map<String, Object> forged = new LinkedHashMap<>(row);
			forged.put("ID", "forged-signature");
			insert("gxp_signature", forged);
			assertThat(ledger.verify().problems())
				.anySatisfy(p -> assertThat(p).contains("gxp_signature row forged-signature has no ledger entry"));
			jdbc.update("delete from gxp_signature where id = 'forged-signature'");
		}
		finally {
			insert("gxp_signature", row);
		}
		intactAgain();
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void detectsDocumentBytesAndStoredHashReplacedTogetherAndEvidenceRowsChanged() {
		DocumentInfo doc = documents.upload(
				new NewDocument("sop-9.txt", "SOP-9 v1 text".getBytes(StandardCharsets.UTF_8), null, null, null),
				"system");
		// the rejected review ended the setup's instance; evidence goes to a running one
		String running = workflow
			.start(DocumentApprovalModel.PROCESS_KEY, "DOC-EVIDENCE",
					Map.of("documentTitle", "SOP-9", "changeSummary", "new"), "owner")
			.processInstanceId();
		documents.attach(doc.id(), running, null, "system");
		ledger.seal();
		intactAgain();
		AuditEntry uploaded = lastEntryAbout("gxp_document", doc.id());
		assertThat(uploaded.action()).isEqualTo("DOCUMENT_UPLOADED");
		byte[] forged = "SOP-9 forged text".getBytes(StandardCharsets.UTF_8);
		String storedHash = jdbc.queryForObject("select sha256 from gxp_document where id = ?", String.class, doc.id());
		byte[] original = jdbc.queryForObject("select content from gxp_document_content where document_id = ?",
				byte[].class, doc.id());
		// a DBA who knows the scheme changes the bytes and the hash beside them
		jdbc.update("update gxp_document_content set content = ? where document_id = ?", forged, doc.id());
		jdbc.update("update gxp_document set sha256 = ?, size_bytes = ? where id = ?", Canonical.sha256(forged),
				forged.length, doc.id());
		try {
			assertThat(brokenAt(uploaded.seq()).problems()).anySatisfy(p -> assertThat(p)
				.contains("gxp_document row " + doc.id() + " differs from ledger entry seq " + uploaded.seq()));
		}
		finally {
			jdbc.update("update gxp_document_content set content = ? where document_id = ?", original, doc.id());
			jdbc.update("update gxp_document set sha256 = ?, size_bytes = ? where id = ?", storedHash, original.length,
					doc.id());
		}
		intactAgain();

		AuditEntry attached = lastEntryAbout("gxp_document_attachment", null);
		Map<String, Object> row = jdbc.queryForMap(
				"select * from gxp_document_attachment where cast(id as varchar(20)) = ?", attached.sourceRowId());
		jdbc.update("delete from gxp_document_attachment where cast(id as varchar(20)) = ?", attached.sourceRowId());
		try {
			assertThat(brokenAt(attached.seq()).problems())
				.anySatisfy(p -> assertThat(p).contains("gxp_document_attachment " + attached.sourceRowId()
						+ " of ledger entry seq " + attached.seq() + " was deleted"));
		}
		finally {
			insert("gxp_document_attachment", row);
		}
		intactAgain();
		jdbc.update(
				"insert into gxp_document_attachment (id, document_id, process_instance_id, attached_by, attached_at) values (-7, ?, ?, 'qm', CURRENT_TIMESTAMP)",
				doc.id(), running);
		try {
			assertThat(ledger.verify().problems())
				.anySatisfy(p -> assertThat(p).contains("gxp_document_attachment row -7 has no ledger entry"));
		}
		finally {
			jdbc.update("delete from gxp_document_attachment where id = -7");
		}
		intactAgain();
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void detectsEffectiveDocumentRegisterRowsUpdatedInsertedOrDeletedBehindTheServersBack() {
		register.makeEffective("SOP-TAMPER", "1", "Tamper register probe", "owner", pi);
		ledger.seal();
		intactAgain();
		AuditEntry effective = lastEntryAbout("gxp_controlled_document", "SOP-TAMPER/1");
		jdbc.update("update gxp_controlled_document set title = 'Forged title' where document_number = 'SOP-TAMPER'");
		try {
			assertThat(brokenAt(effective.seq()).problems()).anySatisfy(p -> assertThat(p)
				.contains("gxp_controlled_document row SOP-TAMPER/1 differs from ledger entry seq " + effective.seq()));
		}
		finally {
			jdbc.update(
					"update gxp_controlled_document set title = 'Tamper register probe' where document_number = 'SOP-TAMPER'");
		}
		intactAgain();
		Map<String, Object> row = jdbc
			.queryForMap("select * from gxp_controlled_document where document_number = 'SOP-TAMPER'");
		jdbc.update("delete from gxp_controlled_document where document_number = 'SOP-TAMPER'");
		try {
			assertThat(brokenAt(effective.seq()).problems()).anySatisfy(p -> assertThat(p).contains(
					"gxp_controlled_document SOP-TAMPER/1 of ledger entry seq " + effective.seq() + " was deleted"));
		}
		finally {
			insert("gxp_controlled_document", row);
		}
		intactAgain();
		row.put("VERSION", "2");
		insert("gxp_controlled_document", row);
		try {
			assertThat(ledger.verify().problems()).anySatisfy(
					p -> assertThat(p).contains("gxp_controlled_document row SOP-TAMPER/2 has no ledger entry"));
		}
		finally {
			jdbc.update("delete from gxp_controlled_document where document_number = 'SOP-TAMPER' and version = '2'");
		}
		intactAgain();
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void detectsNewestEntriesAndLastCheckpointDeletedByTheSignedHighWaterMark() {
		long keptPos = jdbc.queryForObject("select max(last_pos) from gxp_audit_checkpoint", Long.class);
		long keptSeq = jdbc.queryForObject("select max(seq) from gxp_audit_entry", Long.class);
		long marksBefore = jdbc.queryForObject("select max(id) from gxp_audit_watermark", Long.class);
		// more work, sealed: the tail an attacker wants gone
		workflow.start(DocumentApprovalModel.PROCESS_KEY, "DOC-TAIL",
				Map.of("documentTitle", "SOP-11", "changeSummary", "tail"), "owner");
		ledger.seal();
		intactAgain();
		List<Map<String, Object>> entries = jdbc.queryForList("select * from gxp_audit_entry where seq > ?", keptSeq);
		List<Map<String, Object>> seals = jdbc.queryForList("select * from gxp_audit_seal where pos > ?", keptPos);
		List<Map<String, Object>> checkpoints = jdbc
			.queryForList("select * from gxp_audit_checkpoint where last_pos > ?", keptPos);
		List<Map<String, Object>> marks = jdbc.queryForList("select * from gxp_audit_watermark where id > ?",
				marksBefore);
		assertThat(entries).isNotEmpty();
		assertThat(checkpoints).isNotEmpty();
		// delete the tail consistently: the chain that is left is valid, and its last
		// checkpoint signed
		jdbc.update("delete from gxp_audit_checkpoint where last_pos > ?", keptPos);
		jdbc.update("delete from gxp_audit_seal where pos > ?", keptPos);
		jdbc.update("delete from gxp_audit_entry where seq > ?", keptSeq);
		try {
			VerificationReport r = brokenAt(keptSeq + 1);
			assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("the newest sealed entries were deleted"));
			// and the marks written since: this server remembers what it signed
			jdbc.update("delete from gxp_audit_watermark where id > ?", marksBefore);
			assertThat(brokenAt(keptSeq + 1).problems()).anySatisfy(p -> assertThat(p).contains("marks were deleted"));
		}
		finally {
			entries.forEach(row -> insert("gxp_audit_entry", row));
			seals.forEach(row -> insert("gxp_audit_seal", row));
			checkpoints.forEach(row -> insert("gxp_audit_checkpoint", row));
			jdbc.update("delete from gxp_audit_watermark where id > ?", marksBefore);
			marks.forEach(row -> insert("gxp_audit_watermark", row));
		}
		intactAgain();
		Map<String, Object> lastCheckpoint = jdbc.queryForMap(
				"select * from gxp_audit_checkpoint where last_pos = (select max(last_pos) from gxp_audit_checkpoint)");
		jdbc.update("delete from gxp_audit_checkpoint where id = ?", lastCheckpoint.get("ID"));
		try {
			assertThat(ledger.verify().problems())
				.anySatisfy(p -> assertThat(p).contains("named (high-water mark of").contains("was deleted"));
		}
		finally {
			insert("gxp_audit_checkpoint", lastCheckpoint);
		}
		intactAgain();
	}

	@Test
	@Verifies({ "P11-10c", "CHK-19" })
	void reportsHistoryRemovedInsideItsRetentionOrUnderLegalHold() {
		String ended = workflow
			.start(DocumentApprovalModel.PROCESS_KEY, "DOC-RETAINED",
					Map.of("documentTitle", "SOP-10", "changeSummary", "new"), "owner")
			.processInstanceId();
		runtime.deleteProcessInstance(ended, "withdrawn by the owner");
		ledger.seal();
		intactAgain();
		removeHistoryOf(ended,
				() -> assertThat(ledger.verify().problems())
					.anySatisfy(p -> assertThat(p).contains("was deleted from the engine history")
						.contains("process instance " + ended + " is inside its retention")));
		intactAgain();

		legalHolds.place(ended, "litigation hold L-1", "qm");
		ledger.seal();
		intactAgain();
		removeHistoryOf(ended, () -> assertThat(ledger.verify().problems())
			.anySatisfy(p -> assertThat(p).contains("process instance " + ended + " is under legal hold")));
		intactAgain();
	}

	/**
	 * Deletes the instance's process and activity history as a DBA would, runs the check,
	 * puts the rows back.
	 */
	private void removeHistoryOf(String processInstanceId, Runnable check) {
		List<Map<String, Object>> instance = jdbc.queryForList("select * from ACT_HI_PROCINST where PROC_INST_ID_ = ?",
				processInstanceId);
		List<Map<String, Object>> activities = jdbc.queryForList("select * from ACT_HI_ACTINST where PROC_INST_ID_ = ?",
				processInstanceId);
		jdbc.update("delete from ACT_HI_ACTINST where PROC_INST_ID_ = ?", processInstanceId);
		jdbc.update("delete from ACT_HI_PROCINST where PROC_INST_ID_ = ?", processInstanceId);
		try {
			check.run();
		}
		finally {
			instance.forEach(row -> insert("ACT_HI_PROCINST", row));
			activities.forEach(row -> insert("ACT_HI_ACTINST", row));
		}
	}

	/**
	 * The newest entry that sealed a row of the table (with the given row key, or any).
	 */
	private AuditEntry lastEntryAbout(String table, String rowId) {
		Long seq = rowId == null
				? jdbc.queryForObject("select max(seq) from gxp_audit_entry where source_table = ?", Long.class, table)
				: jdbc.queryForObject(
						"select max(seq) from gxp_audit_entry where source_table = ? and source_row_id = ?", Long.class,
						table, rowId);
		assertThat(seq).as("an entry sealing a " + table + " row").isNotNull();
		Instant at = jdbc
			.queryForObject("select recorded_at from gxp_audit_entry where seq = ?", OffsetDateTime.class, seq)
			.toInstant();
		return ledger.entries(new AuditQuery(null, null, null, at, null, 10_000))
			.stream()
			.filter(e -> e.seq() == seq)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void verifyEndpointAnswersIntactForEveryRole() {
		for (String user : List.of("inspector", "auditor", "qm")) {
			Http.Response r = Http.as(port, user).get("/api/audit/verify");
			assertThat(r.status()).isEqualTo(200);
			assertThat(r.json().path("intact").asBoolean()).as(r.body()).isTrue();
			assertThat(r.json().path("entries").asLong()).isPositive();
			assertThat(r.json().has("firstBrokenEntry")).isTrue();
		}
	}

	private void insert(String table, Map<String, Object> row) {
		String columns = String.join(", ", row.keySet());
		String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
		jdbc.update("insert into " + table + " (" + columns + ") values (" + marks + ")", row.values().toArray());
	}

}
