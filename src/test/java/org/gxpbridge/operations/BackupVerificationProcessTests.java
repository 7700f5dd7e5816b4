package org.gxpbridge.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gxpbridge.operations.BackupVerificationModel.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.operations.internal.RestoreReportWriter;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.Sha256;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.SignatureView;
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

/**
 * BackupVerificationProcess (CHK-20, EU Annex 11 §7.2): the quarterly schedule and a
 * person's start open a restore test; the restore report of a restored database is
 * accepted only when its ledger head is an entry of the live ledger with the same chain
 * hash (facts, not claims); the operator records it, another person (a quality manager)
 * approves it with a signature that covers the record; "show me the last restore test"
 * answers over the API. The "restored" database here is the server's own: its report is a
 * true prefix of its ledger, and each refusal changes one fact of it.
 */
@Verifies({ "CHK-20", "A11-7" })
@GxpServerTest
class BackupVerificationProcessTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	Accounts accounts;

	@Autowired
	RestoreTests tests;

	@Autowired
	RestoreReportWriter reports;

	@Autowired
	AuditLedger ledger;

	@Autowired
	Signatures signatures;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	String operator;

	@BeforeEach
	void setUp() {
		init(engine);
		operator = user(Role.IT_SECURITY);
	}

	String user(Role... roles) {
		String id = "rt-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createSeedAccount(new NewAccount(id, "Test " + id, id + "@gxp-bridge.test",
				EnumSet.copyOf(List.of(roles)), Http.DEMO_PASSWORD, null), true, false);
		return id;
	}

	ProcessInstance started(String by) {
		String id = workflow.start(PROCESS_KEY, null, Map.of(), by).processInstanceId();
		return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
	}

	RestoreTest test(ProcessInstance pi) {
		return tests.forProcessInstance(pi.getId()).orElseThrow();
	}

	/**
	 * The report of the server's own database: what a restore of a fresh backup gives.
	 */
	RestoreReport freshReport() {
		ledger.seal();
		RestoreReport r = reports.write(Instant.now().plusSeconds(1));
		// the shared test database holds signatures that other test classes leave invalid
		// on purpose (records changed since signing, to prove the release gates); a
		// restored production database has none, and the drill (BackupRestoreDrillIT)
		// runs the real command on a real restore
		return new RestoreReport(r.format(), r.generatedAt(), r.schemaVersion(), r.ledgerIntact(), r.ledgerEntries(),
				r.ledgerProblems(), r.lastSealedPosition(), r.chainHash(), r.signatures(), r.signatures(), List.of(),
				r.recordCounts());
	}

	Http.Response upload(String as, String testId, Object report) throws Exception {
		String body = report instanceof String s ? s : json.writeValueAsString(report);
		return Http.as(port, as)
			.postRaw("/api/operations/restore-tests/" + testId + "/report", "application/json", body);
	}

	void record(String as, ProcessInstance pi) {
		workflow.runAs(as, () -> {
			engine.getTaskService()
				.complete(task(TASK_RECORD, pi).getId(),
						Map.of(VAR_BACKUP_TAKEN_AT, "2026-11-30T02:00Z", VAR_RESTORED_TO,
								"restore-test-host/gxpbridge_restore", VAR_EVIDENCE,
								"QS-REC-0042: dump, SHA-256, report"));
			return null;
		});
	}

	SignatureView approve(String as, ProcessInstance pi) {
		return signatures.sign(new SignRequest(task(TASK_APPROVE, pi).getId(), as, Http.DEMO_PASSWORD, "APPROVED",
				Map.of("approvalComment", "restore verified"), null, "127.0.0.1"));
	}

	@Test
	void aRestoreTestIsRecordedFromAVerifiedReportAndApprovedByAnotherPerson() throws Exception {
		ProcessInstance pi = started(operator);
		assertThat(pi).isWaitingAt(TASK_RECORD);
		assertThat(task(TASK_RECORD, pi)).hasCandidateGroup("IT_SECURITY");
		RestoreTest opened = test(pi);
		assertThat(opened.status()).isEqualTo(RestoreTest.OPEN);
		assertThat(opened.openedBy()).isEqualTo(operator);

		assertThatThrownBy(() -> record(operator, pi)).as("no report yet")
			.hasMessageContaining("Upload the restore report");
		assertThat(pi).isWaitingAt(TASK_RECORD);

		RestoreReport report = freshReport();
		assertThat(report.ledgerIntact()).isTrue();
		assertThat(report.recordCounts()).containsKey("gxp_audit_entry").containsKey("gxp_restore_test");
		assertThat(report.schemaVersion()).isNotBlank();
		String body = json.writeValueAsString(report);
		Http.Response accepted = upload(operator, opened.testId(), body);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().path("reportSha256").asText()).isEqualTo(Sha256.hex(body));
		assertThat(accepted.json().path("ledgerPosition").asLong()).isEqualTo(report.lastSealedPosition());
		assertThat(accepted.json().path("chainHash").asText())
			.isEqualTo(ledger.chainHashAt(report.lastSealedPosition()).orElseThrow());
		assertThat(upload(operator, opened.testId(), body).status()).as("the same upload again").isEqualTo(200);

		String recorderAndQualityManager = user(Role.IT_SECURITY, Role.QUALITY_MANAGER);
		record(recorderAndQualityManager, pi);
		assertThat(pi).isWaitingAt(TASK_APPROVE);
		assertThat(task(TASK_APPROVE, pi)).hasCandidateGroup("QUALITY_MANAGER");
		assertThat(test(pi).recordedBy()).isEqualTo(recorderAndQualityManager);
		assertThat(test(pi).restoredTo()).isEqualTo("restore-test-host/gxpbridge_restore");
		assertThat(upload(operator, opened.testId(), body).status()).as("recorded: the report is final").isEqualTo(409);

		assertThatThrownBy(() -> approve(recorderAndQualityManager, pi)).as("four eyes")
			.hasMessageContaining("another quality manager must approve it");
		String qm = user(Role.QUALITY_MANAGER);
		SignatureView signature = approve(qm, pi);
		assertThat(pi).isEnded().hasPassed(END_APPROVED);
		RestoreTest approved = test(pi);
		assertThat(approved.status()).isEqualTo(RestoreTest.APPROVED);
		assertThat(approved.approvedBy()).isEqualTo(qm);
		assertThat(signature.valid()).isTrue();

		Http.Response latest = Http.as(port, user(Role.INSPECTOR)).get("/api/operations/restore-tests/latest");
		assertThat(latest.status()).isEqualTo(200);
		assertThat(latest.json().path("testId").asText()).isEqualTo(approved.testId());
		assertThat(latest.json().path("approvedBy").asText()).isEqualTo(qm);
		assertThat(Http.as(port, user(Role.AUDITOR))
			.get("/api/operations/restore-tests/" + approved.testId() + "/report")
			.body()).isEqualTo(body);
		assertThat(Http.as(port, user(Role.PROCESS_OWNER)).get("/api/operations/restore-tests/latest").status())
			.isEqualTo(403);

		// the signature covers the record as recorded: changed in SQL, it no longer
		// verifies
		try {
			jdbc.update("update gxp_restore_test set restored_to = 'elsewhere' where test_id = ?", approved.testId());
			assertThat(signatures.find(signature.signatureId()).recordChangedSinceSigning()).isTrue();
		}
		finally {
			jdbc.update("update gxp_restore_test set restored_to = ? where test_id = ?", approved.restoredTo(),
					approved.testId());
		}
		assertThat(signatures.find(signature.signatureId()).recordChangedSinceSigning()).isFalse();
	}

	@Test
	void refusesAReportThatIsNotAPrefixOfOurLedgerStoresNothingAndRecordsTheAttempt() throws Exception {
		ProcessInstance pi = started(operator);
		String testId = test(pi).testId();
		RestoreReport good = freshReport();
		long pos = good.lastSealedPosition();

		Http.Response foreign = upload(operator, testId, withHead(good, pos, "0".repeat(64)));
		assertThat(foreign.status()).isEqualTo(422);
		assertThat(foreign.body()).contains("not a prefix of our ledger", "chain position " + pos);
		Http.Response beyond = upload(operator, testId, withHead(good, pos + 1_000_000, good.chainHash()));
		assertThat(beyond.status()).isEqualTo(422);
		assertThat(beyond.body()).contains("beyond this server's ledger");
		Http.Response broken = upload(operator, testId,
				new RestoreReport(good.format(), good.generatedAt(), good.schemaVersion(), false, good.ledgerEntries(),
						List.of("entry 7 altered"), pos, good.chainHash(), good.signatures(), good.signaturesVerified(),
						good.signaturesFailed(), good.recordCounts()));
		assertThat(broken.status()).isEqualTo(422);
		assertThat(broken.body()).contains("did not verify", "entry 7 altered");
		Http.Response unsigned = upload(operator, testId,
				new RestoreReport(good.format(), good.generatedAt(), good.schemaVersion(), true, good.ledgerEntries(),
						List.of(), pos, good.chainHash(), good.signatures() + 1, good.signatures(), List.of("SIG-X"),
						good.recordCounts()));
		assertThat(unsigned.status()).isEqualTo(422);
		assertThat(unsigned.body()).contains("SIG-X");
		Http.Response notJson = upload(operator, testId, "{\"hello\": ");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.body()).contains("not a GxP Bridge restore report");
		assertThat(upload(user(Role.AUDITOR), testId, good).status()).as("auditors read, never upload").isEqualTo(403);

		assertThat(tests.get(testId).hasReport()).as("nothing stored").isFalse();
		assertThat(ledger.entries(new AuditQuery(pi.getId(), null, null, null, null, 1000)))
			.filteredOn(e -> "RESTORE_REPORT_REFUSED".equals(e.action()))
			.hasSize(5)
			.allSatisfy(e -> assertThat(e.actorId()).isEqualTo(operator))
			.anySatisfy(e -> assertThat(e.reason()).contains("not a prefix of our ledger"));

		assertThat(upload(operator, testId, good).status()).isEqualTo(200);
		String other = test(started(operator)).testId();
		Http.Response reused = upload(operator, other, good);
		assertThat(reused.status()).as("one restore per test").isEqualTo(409);
		assertThat(reused.body()).contains("already the evidence of another restore test");
	}

	static RestoreReport withHead(RestoreReport r, long pos, String hash) {
		return new RestoreReport(r.format(), r.generatedAt(), r.schemaVersion(), r.ledgerIntact(), r.ledgerEntries(),
				r.ledgerProblems(), pos, hash, r.signatures(), r.signaturesVerified(), r.signaturesFailed(),
				r.recordCounts());
	}

	@Test
	void theQuarterlyScheduleOpensARestoreTestWithoutAPerson() {
		Job timer = engine.getManagementService()
			.createJobQuery()
			.processDefinitionKey(PROCESS_KEY)
			.timers()
			.singleResult();
		assertThat(timer).as("the timer start event of gxp.operations.restore-test-cycle").isNotNull();
		Set<String> before = new HashSet<>(instances());
		Date due = timer.getDuedate();
		try {
			ClockUtil.setCurrentTime(Date.from(due.toInstant().plus(Duration.ofMinutes(1))));
			engine.getManagementService().executeJob(timer.getId());
		}
		finally {
			ClockUtil.reset();
		}
		List<String> started = new ArrayList<>(instances());
		started.removeAll(before);
		assertThat(started).hasSize(1);
		ProcessInstance pi = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(started.get(0))
			.singleResult();
		assertThat(pi).hasPassed(START_DUE).isWaitingAt(TASK_RECORD);
		assertThat(test(pi).openedBy()).as("the schedule").isNull();
		Job next = engine.getManagementService()
			.createJobQuery()
			.processDefinitionKey(PROCESS_KEY)
			.timers()
			.singleResult();
		assertThat(Duration.between(due.toInstant(), next.getDuedate().toInstant()).toDays()).as("three months")
			.isBetween(88L, 92L);
	}

	List<String> instances() {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(PROCESS_KEY)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.toList();
	}

}
