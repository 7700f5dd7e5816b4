package org.gxpbridge.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import org.gxpbridge.support.PostgresServer;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The ledger on PostgreSQL (P11-10a/e, CHK-04, CHK-19): SQL tampering with the ledger,
 * the engine history (including ACT_HI_VARINST) and the gxp_* record tables is found, a
 * deleted tail by the signed high-water mark, history removed inside its retention is
 * reported; the server's own role cannot UPDATE or DELETE the ledger; two nodes seal one
 * unbroken chain. Tampering is done as a superuser, the way a DBA would.
 */
class AuditLedgerPostgresIT {

	/**
	 * Node B of the two-node test seals often and after every 25 entries; node A (the
	 * class's server, default sealing) is made to seal by the load threads.
	 */
	private static final Map<String, Object> FAST_SEALING = Map.of("gxp.audit.seal-interval", "200ms",
			"gxp.audit.seal-every-entries", "25");

	private static String sharedUrl;

	private static ConfigurableApplicationContext shared;

	/**
	 * One server for the tests of this class that can put back what they tampered with
	 * (each ends by verifying the whole ledger intact again): starting one costs more
	 * than all the checks together (≈ 30 s each, six per run before, three now). Only the
	 * deleted tail cannot be put back while a server works on it, and the refused start
	 * needs a database of its own.
	 */
	static synchronized ConfigurableApplicationContext shared() {
		if (shared == null) {
			sharedUrl = PostgresServer.newDatabase("audit_tamper_shared");
			shared = PostgresNode.start(sharedUrl, Map.of());
		}
		return shared;
	}

	@AfterAll
	static void stopShared() {
		if (shared != null) {
			shared.close();
		}
	}

	/** A superuser connection: what a DBA has, and what the server's role is not. */
	static JdbcTemplate dba(String url) {
		return new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));
	}

	static void intact(AuditLedger ledger) {
		VerificationReport r = ledger.verify();
		assertThat(r.intact()).as(r.describe()).isTrue();
	}

	static VerificationReport broken(AuditLedger ledger, Long first, String problem) {
		VerificationReport r = ledger.verify();
		assertThat(r.intact()).as(r.describe()).isFalse();
		if (first != null) {
			assertThat(r.firstBrokenEntry()).as(r.describe()).isEqualTo(first);
		}
		assertThat(r.problems()).as(r.describe()).anySatisfy(p -> assertThat(p).contains(problem));
		return r;
	}

	/**
	 * The rows a statement is about to delete, to be put back with {@link #putBack}:
	 * every column, so the sealed digests match again.
	 */
	static List<Map<String, Object>> rows(JdbcTemplate dba, String table, String where, Object... args) {
		return dba.queryForList("select * from " + table + " where " + where, args);
	}

	static void putBack(JdbcTemplate dba, String table, List<Map<String, Object>> rows) {
		for (Map<String, Object> row : rows) {
			dba.update(
					"insert into " + table + " (" + String.join(", ", row.keySet()) + ") values ("
							+ String.join(", ", row.keySet().stream().map(k -> "?").toList()) + ")",
					row.values().toArray());
		}
	}

	static long sourceEntry(JdbcTemplate jdbc, String table, String rowId) {
		return jdbc.queryForObject("select max(seq) from gxp_audit_entry where source_table = ? and source_row_id = ?",
				Long.class, table, rowId);
	}

	/**
	 * Started by a process owner: the administrator is no candidate starter of a GxP
	 * process.
	 */
	static String start(ConfigurableApplicationContext server, String businessKey) {
		Accounts accounts = server.getBean(Accounts.class);
		synchronized (AuditLedgerPostgresIT.class) {
			if (accounts.find("oowner").isEmpty()) {
				accounts.createSeedAccount(new NewAccount("oowner", "Olga Owner", "oowner@example.com",
						Set.of(Role.PROCESS_OWNER), "Owner-Passw0rd-2026", null), false, false);
			}
		}
		return server.getBean(Workflow.class)
			.start(DocumentApprovalModel.PROCESS_KEY, businessKey,
					Map.of("documentTitle", "SOP " + businessKey, "changeSummary", "new"), "oowner")
			.processInstanceId();
	}

	@Test
	@Timeout(value = 4, unit = TimeUnit.MINUTES)
	void detectsLedgerAndHistoryTamperingOnPostgresWithTheFirstAffectedEntry() {
		ConfigurableApplicationContext server = shared();
		AuditLedger ledger = server.getBean(AuditLedger.class);
		JdbcTemplate jdbc = dba(sharedUrl);
		String pi = start(server, "DOC-PG-1");
		// a correction the server makes itself (people need a quality manager's role
		// and a reason: EngineGuardTests)
		ledger.withReason("correct the title", () -> {
			server.getBean(RuntimeService.class).setVariable(pi, "documentTitle", "SOP corrected");
			return null;
		});
		ledger.seal();
		VerificationReport before = ledger.verify();
		assertThat(before.intact()).as(before.describe()).isTrue();
		AuditEntry change = ledger.entries(new AuditQuery(pi, null, null, null, null, 1000))
			.stream()
			.filter(e -> "SOP corrected".equals(e.newValue()))
			.findFirst()
			.orElseThrow();
		assertThat(change.reason()).isEqualTo("correct the title");
		assertThat(change.oldValue()).isEqualTo("SOP DOC-PG-1");
		// the class's server goes on after this test: what is changed here is put back
		List<Map<String, Object>> entry = rows(jdbc, "gxp_audit_entry", "seq = ?", change.seq());
		List<Map<String, Object>> detail = rows(jdbc, "ACT_HI_DETAIL", "ID_ = ?", change.sourceRowId());
		try {
			tamperWithLedgerAndHistory(ledger, jdbc, change);
		}
		finally {
			jdbc.update("delete from gxp_audit_entry where seq = ?", change.seq());
			putBack(jdbc, "gxp_audit_entry", entry);
			jdbc.update("delete from ACT_HI_DETAIL where ID_ = ?", change.sourceRowId());
			putBack(jdbc, "ACT_HI_DETAIL", detail);
			jdbc.update("delete from ACT_HI_OP_LOG where ID_ = 'forged-op'");
		}
		intact(ledger);
	}

	private static void tamperWithLedgerAndHistory(AuditLedger ledger, JdbcTemplate jdbc, AuditEntry change) {
		jdbc.update("update gxp_audit_entry set reason = 'no reason' where seq = ?", change.seq());
		VerificationReport ledgerUpdated = ledger.verify();
		assertThat(ledgerUpdated.intact()).isFalse();
		assertThat(ledgerUpdated.firstBrokenEntry()).isEqualTo(change.seq());
		jdbc.update("update gxp_audit_entry set reason = ? where seq = ?", change.reason(), change.seq());

		jdbc.update("update ACT_HI_DETAIL set TEXT_ = 'SOP forged' where ID_ = ?", change.sourceRowId());
		VerificationReport historyUpdated = ledger.verify();
		assertThat(historyUpdated.intact()).isFalse();
		assertThat(historyUpdated.firstBrokenEntry()).isEqualTo(change.seq());

		jdbc.update("delete from ACT_HI_DETAIL where ID_ = ?", change.sourceRowId());
		VerificationReport historyDeleted = ledger.verify();
		assertThat(historyDeleted.firstBrokenEntry()).isEqualTo(change.seq());
		assertThat(historyDeleted.problems())
			.anySatisfy(p -> assertThat(p).contains("deleted from the engine history"));

		jdbc.update("insert into ACT_HI_OP_LOG (ID_, USER_ID_, OPERATION_TYPE_, ENTITY_TYPE_, TIMESTAMP_, CATEGORY_) "
				+ "values ('forged-op', 'jdoe', 'Complete', 'Task', now(), 'TaskWorker')");
		assertThat(ledger.verify().problems())
			.anySatisfy(p -> assertThat(p).contains("ACT_HI_OP_LOG row forged-op has no ledger entry"));

		jdbc.update("delete from gxp_audit_entry where seq = ?", change.seq());
		VerificationReport ledgerDeleted = ledger.verify();
		assertThat(ledgerDeleted.firstBrokenEntry()).isEqualTo(change.seq());
	}

	@Test
	@Timeout(value = 4, unit = TimeUnit.MINUTES)
	@Verifies({ "P11-10d", "P11-10e", "CHK-03" })
	void appRoleCannotUpdateOrDeleteTheLedgerWhileTheServerWorksNormally() {
		ConfigurableApplicationContext server = shared();
		AuditLedger ledger = server.getBean(AuditLedger.class);
		JdbcTemplate app = server.getBean(JdbcTemplate.class);
		assertThat(app.queryForObject("select current_user", String.class)).isEqualTo(PostgresServer.APP_ROLE);
		start(server, "DOC-PG-ROLE");
		ledger.seal();
		intact(ledger);
		long entries = app.queryForObject("select count(*) from gxp_audit_entry", Long.class);
		for (String table : List.of("gxp_audit_entry", "gxp_audit_seal", "gxp_audit_checkpoint", "gxp_audit_watermark",
				"gxp_audit_legal_hold", "gxp_audit_verification")) {
			assertThatThrownBy(() -> app.update("update " + table + " set "
					+ (table.equals("gxp_audit_entry") ? "reason = 'forged'"
							: table.equals("gxp_audit_legal_hold") ? "reason = 'x'" : "chain_hash = 'x'")))
				.as("UPDATE " + table)
				.hasStackTraceContaining("permission denied for table " + table);
			assertThatThrownBy(() -> app.update("delete from " + table)).as("DELETE " + table)
				.hasStackTraceContaining("permission denied for table " + table);
			assertThatThrownBy(() -> app.execute("truncate " + table)).as("TRUNCATE " + table)
				.hasStackTraceContaining("permission denied for table " + table);
		}
		// owners: the schema owner holds the gxp_* tables, the server's role the engine's
		JdbcTemplate dba = dba(sharedUrl);
		assertThat(dba.queryForObject("select tableowner from pg_tables where tablename = 'gxp_audit_entry'",
				String.class))
			.isEqualTo(PostgresServer.OWNER_ROLE);
		assertThat(dba.queryForObject("select tableowner from pg_tables where tablename = 'act_hi_procinst'",
				String.class))
			.isEqualTo(PostgresServer.APP_ROLE);
		// and the server works as usual: appends, seals, verifies, runs processes
		start(server, "DOC-PG-ROLE-2");
		assertThat(ledger.seal()).isPositive();
		assertThat(app.queryForObject("select count(*) from gxp_audit_entry", Long.class)).isGreaterThan(entries);
		intact(ledger);
	}

	@Test
	@Verifies({ "P11-10d", "P11-10e", "CHK-03" })
	void refusesToStartAsARoleThatCouldRewriteTheLedger() {
		String url = PostgresServer.newDatabase("audit_one_role");
		// one role for everything, as before the split: it owns the ledger, so it could
		// rewrite it
		assertThatThrownBy(() -> PostgresServer.start(url, Map.of("GXP_DB_USER", PostgresServer.OWNER_ROLE)).close())
			.hasStackTraceContaining("Refusing to start: database role " + PostgresServer.OWNER_ROLE
					+ " can UPDATE, DELETE or TRUNCATE the audit ledger");
	}

	@Test
	@Timeout(value = 4, unit = TimeUnit.MINUTES)
	@Verifies({ "P11-10a", "CHK-04" })
	void detectsVariableValueUpdatedBehindTheServersBackOnPostgres() {
		ConfigurableApplicationContext server = shared();
		AuditLedger ledger = server.getBean(AuditLedger.class);
		JdbcTemplate dba = dba(sharedUrl);
		String pi = start(server, "DOC-PG-VAR");
		ledger.seal();
		intact(ledger);
		AuditEntry title = ledger.entries(new AuditQuery(pi, null, null, null, null, 1000))
			.stream()
			.filter(e -> "documentTitle".equals(e.field()))
			.reduce((a, b) -> b)
			.orElseThrow();
		dba.update("update ACT_HI_VARINST set TEXT_ = 'SOP forged' where ID_ = ?", title.objectId());
		try {
			broken(ledger, title.seq(), "ACT_HI_VARINST row " + title.objectId()
					+ " (variable documentTitle) differs from ledger entry seq " + title.seq());
		}
		finally {
			dba.update("update ACT_HI_VARINST set TEXT_ = ? where ID_ = ?", title.newValue(), title.objectId());
		}
		intact(ledger);
	}

	@Test
	@Timeout(value = 6, unit = TimeUnit.MINUTES)
	@Verifies({ "P11-10a", "CHK-04" })
	void detectsRecordRowsUpdatedInsertedOrDeletedInEveryGxpRecordTableOnPostgres() {
		ConfigurableApplicationContext server = shared();
		AuditLedger ledger = server.getBean(AuditLedger.class);
		JdbcTemplate dba = dba(sharedUrl);
		Accounts accounts = server.getBean(Accounts.class);
		String pi = start(server, "DOC-PG-REC");
		accounts.createSeedAccount(new NewAccount("rreviewer", "Rita Reviewer", "rreviewer@example.com",
				Set.of(Role.REVIEWER), "Reviewer-Passw0rd-2026", null), false, false);
		String task = server.getBean(TaskService.class).createTaskQuery().processInstanceId(pi).singleResult().getId();
		server.getBean(Signatures.class)
			.sign(new SignRequest(task, "rreviewer", "Reviewer-Passw0rd-2026", "REVIEWED",
					Map.of("reviewOutcome", "REJECTED"), null, "127.0.0.1"));
		Documents documents = server.getBean(Documents.class);
		DocumentInfo doc = documents.upload(
				new NewDocument("sop-pg.txt", "SOP PG text".getBytes(StandardCharsets.UTF_8), null, null, null),
				"system");
		String running = start(server, "DOC-PG-REC-2");
		documents.attach(doc.id(), running, null, "system");
		server.getBean(ControlledDocuments.class).makeEffective("SOP-PG", "1", "PG register probe", "oowner", running);
		ledger.seal();
		intact(ledger);

		String signature = dba.queryForObject("select id from gxp_signature where process_instance_id = ?",
				String.class, pi);
		String attachment = dba.queryForObject(
				"select cast(id as varchar(20)) from gxp_document_attachment where document_id = ?", String.class,
				doc.id());
		// UPDATE in each table: a row that differs from its sealed digest, named with its
		// entry
		List<String[]> updates = List.of(
				new String[] { "gxp_user", "rreviewer",
						"update gxp_user set email = 'forged@example.com' where user_id = 'rreviewer'",
						"update gxp_user set email = 'rreviewer@example.com' where user_id = 'rreviewer'" },
				new String[] { "gxp_user", "rreviewer",
						"insert into gxp_user_role (user_id, role) values ('rreviewer', 'APPROVER')",
						"delete from gxp_user_role where user_id = 'rreviewer' and role = 'APPROVER'" },
				new String[] { "gxp_signature", signature,
						"update gxp_signature set printed_name = 'Someone Else' where id = '" + signature + "'",
						"update gxp_signature set printed_name = 'Rita Reviewer' where id = '" + signature + "'" },
				new String[] { "gxp_document", doc.id(),
						"update gxp_document_content set content = 'forged'::bytea where document_id = '" + doc.id()
								+ "'",
						"update gxp_document_content set content = convert_to('SOP PG text', 'UTF8') where document_id = '"
								+ doc.id() + "'" },
				new String[] { "gxp_document_attachment", attachment,
						"update gxp_document_attachment set attached_by = 'mallory' where id = " + attachment,
						"update gxp_document_attachment set attached_by = 'system' where id = " + attachment },
				new String[] { "gxp_controlled_document", "SOP-PG/1",
						"update gxp_controlled_document set status = 'DRAFT' where document_number = 'SOP-PG'",
						"update gxp_controlled_document set status = 'EFFECTIVE' where document_number = 'SOP-PG'" });
		for (String[] u : updates) {
			long seq = sourceEntry(dba, u[0], u[1]);
			dba.update(u[2]);
			try {
				broken(ledger, seq, u[0] + " row " + u[1] + " differs from ledger entry seq " + seq);
			}
			finally {
				dba.update(u[3]);
			}
			intact(ledger);
		}
		// DELETE: the entry names a row that is gone
		long registerSeq = sourceEntry(dba, "gxp_controlled_document", "SOP-PG/1");
		Map<String, Object> registerRow = dba
			.queryForMap("select * from gxp_controlled_document where document_number = 'SOP-PG'");
		dba.update("delete from gxp_controlled_document where document_number = 'SOP-PG'");
		broken(ledger, registerSeq, "gxp_controlled_document SOP-PG/1 of ledger entry seq " + registerSeq
				+ " was deleted from the database");
		// put back every column: the register's later columns (review date, file) are
		// sealed too
		dba.update(
				"insert into gxp_controlled_document (" + String.join(", ", registerRow.keySet()) + ") values ("
						+ String.join(", ", registerRow.keySet().stream().map(k -> "?").toList()) + ")",
				registerRow.values().toArray());
		intact(ledger);
		long attachmentSeq = sourceEntry(dba, "gxp_document_attachment", attachment);
		Map<String, Object> attachmentRow = dba
			.queryForMap("select * from gxp_document_attachment where id = " + attachment);
		dba.update("delete from gxp_document_attachment where id = " + attachment);
		try {
			broken(ledger, attachmentSeq, "gxp_document_attachment " + attachment + " of ledger entry seq "
					+ attachmentSeq + " was deleted from the database");
		}
		finally {
			dba.update(
					"insert into gxp_document_attachment (" + String.join(", ", attachmentRow.keySet()) + ") values ("
							+ String.join(", ", attachmentRow.keySet().stream().map(k -> "?").toList()) + ")",
					attachmentRow.values().toArray());
		}
		intact(ledger);
		// INSERT: rows that no entry recorded
		dba.update(
				"insert into gxp_user (user_id, full_name, email, password_hash, status, password_changed_at, created_at, created_by) "
						+ "select 'mallory', full_name, email, password_hash, status, password_changed_at, created_at, created_by from gxp_user where user_id = 'rreviewer'");
		dba.update(
				"insert into gxp_controlled_document (document_number, version, title, status, author_id, process_instance_id, effective_at) "
						+ "values ('SOP-PG', '2', 'forged', 'EFFECTIVE', 'oowner', ?, now())",
				running);
		VerificationReport inserted = ledger.verify();
		assertThat(inserted.problems()).as(inserted.describe())
			.anySatisfy(p -> assertThat(p).contains("gxp_user row mallory has no ledger entry"))
			.anySatisfy(p -> assertThat(p).contains("gxp_controlled_document row SOP-PG/2 has no ledger entry"));
		dba.update("delete from gxp_user where user_id = 'mallory'");
		dba.update("delete from gxp_controlled_document where version = '2'");
		intact(ledger);
	}

	@Test
	@Timeout(value = 4, unit = TimeUnit.MINUTES)
	@Verifies({ "P11-10a", "CHK-04" })
	void detectsNewestEntriesAndLastCheckpointDeletedOnPostgres() {
		// a server of its own: its sealer and job executor keep working while the tail is
		// gone, so it cannot be put back
		String url = PostgresServer.newDatabase("audit_tail");
		try (ConfigurableApplicationContext server = PostgresNode.start(url, Map.of())) {
			AuditLedger ledger = server.getBean(AuditLedger.class);
			JdbcTemplate dba = dba(url);
			start(server, "DOC-PG-BASE");
			ledger.seal();
			long keptPos = dba.queryForObject("select max(last_pos) from gxp_audit_checkpoint", Long.class);
			long keptSeq = dba.queryForObject("select max(seq) from gxp_audit_entry", Long.class);
			long marksBefore = dba.queryForObject("select max(id) from gxp_audit_watermark", Long.class);
			start(server, "DOC-PG-TAIL");
			ledger.seal();
			intact(ledger);
			// the attacker removes the tail with its seals and the last checkpoint: what
			// is left is a valid, signed chain
			dba.update("delete from gxp_audit_checkpoint where last_pos > ?", keptPos);
			dba.update("delete from gxp_audit_seal where pos > ?", keptPos);
			dba.update("delete from gxp_audit_entry where seq > ?", keptSeq);
			broken(ledger, keptSeq + 1, "the newest sealed entries were deleted");
			// and every high-water mark written since: the server remembers what it
			// signed
			dba.update("delete from gxp_audit_watermark where id > ?", marksBefore);
			broken(ledger, keptSeq + 1, "marks were deleted");
		}
	}

	@Test
	@Timeout(value = 4, unit = TimeUnit.MINUTES)
	@Verifies({ "P11-10c", "CHK-19" })
	void reportsHistoryRemovedInsideItsRetentionOrUnderLegalHoldOnPostgres() {
		ConfigurableApplicationContext server = shared();
		AuditLedger ledger = server.getBean(AuditLedger.class);
		JdbcTemplate dba = dba(sharedUrl);
		String ended = start(server, "DOC-PG-RET");
		String held = start(server, "DOC-PG-HOLD");
		server.getBean(RuntimeService.class).deleteProcessInstance(ended, "withdrawn by the owner");
		server.getBean(LegalHolds.class).place(held, "litigation hold L-2", PostgresServer.ADMIN_USER);
		ledger.seal();
		intact(ledger);
		List<Runnable> undo = new ArrayList<>();
		for (String pi : List.of(ended, held)) {
			for (String table : List.of("ACT_HI_ACTINST", "ACT_HI_PROCINST")) {
				List<Map<String, Object>> rows = rows(dba, table, "PROC_INST_ID_ = ?", pi);
				undo.add(() -> putBack(dba, table, rows));
				dba.update("delete from " + table + " where PROC_INST_ID_ = ?", pi);
			}
		}
		try {
			VerificationReport r = ledger.verify();
			assertThat(r.problems()).as(r.describe())
				.anySatisfy(p -> assertThat(p).contains("deleted from the engine history")
					.contains("process instance " + ended + " is inside its retention"))
				.anySatisfy(p -> assertThat(p).contains("deleted from the engine history")
					.contains("process instance " + held + " is under legal hold"));
		}
		finally {
			undo.forEach(Runnable::run);
		}
		intact(ledger);
	}

	@Test
	@Timeout(value = 5, unit = TimeUnit.MINUTES)
	void twoNodesOnOnePostgresSealOneUnbrokenChainUnderConcurrentLoad() throws Exception {
		// the class's server is node A (on a ledger the other tests of the class add to);
		// node B joins it on the same database
		ConfigurableApplicationContext a = shared();
		long checkpointsBefore = a.getBean(JdbcTemplate.class)
			.queryForObject("select count(*) from gxp_audit_checkpoint", Long.class);
		try (ConfigurableApplicationContext b = PostgresNode.start(sharedUrl, FAST_SEALING)) {
			ExecutorService load = Executors.newFixedThreadPool(4);
			List<Future<?>> work = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				ConfigurableApplicationContext node = t % 2 == 0 ? a : b;
				int thread = t;
				work.add(load.submit(() -> {
					for (int i = 0; i < 15; i++) {
						start(node, "DOC-N" + thread + "-" + i);
						// seal from the loading threads too, so both nodes contend for
						// the advisory lock
						node.getBean(AuditLedger.class).seal();
					}
				}));
			}
			for (Future<?> f : work) {
				f.get(3, TimeUnit.MINUTES);
			}
			load.shutdown();
			AuditLedger ledgerA = a.getBean(AuditLedger.class);
			JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
			long deadline = System.currentTimeMillis() + 30_000;
			while (System.currentTimeMillis() < deadline && jdbc.queryForObject(
					"select count(*) from gxp_audit_entry e where not exists (select 1 from gxp_audit_seal s where s.seq = e.seq)",
					Long.class) > 0) {
				ledgerA.seal();
				Thread.sleep(200);
			}
			VerificationReport report = b.getBean(AuditLedger.class).verify();
			assertThat(report.intact()).as(report.describe()).isTrue();
			assertThat(report.unsealedEntries()).isZero();
			long entries = jdbc.queryForObject("select count(*) from gxp_audit_entry", Long.class);
			assertThat(jdbc.queryForObject("select max(pos) from gxp_audit_seal", Long.class))
				.as("dense chain, no fork")
				.isEqualTo(entries);
			assertThat(jdbc.queryForObject("select count(*) from gxp_audit_checkpoint", Long.class))
				.as("checkpoints signed during the load")
				.isGreaterThan(checkpointsBefore + 1);
			assertThat(jdbc.queryForObject("select count(*) from gxp_audit_entry where object_type = 'ProcessInstance' "
					+ "and action = 'start' and business_key like 'DOC-N%'", Long.class))
				.as("every start of the load in the ledger, once")
				.isEqualTo(60);
		}
	}

}
