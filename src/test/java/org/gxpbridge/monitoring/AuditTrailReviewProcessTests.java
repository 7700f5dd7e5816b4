package org.gxpbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gxpbridge.monitoring.AuditTrailReviewModel.*;

import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of AuditTrailReviewProcess (CHK-25, EU Annex 11 §9): the schedule starting a
 * review per record type, nothing new to review, a signed review without findings,
 * findings raised as a deviation, the reviewer refused their own actions, and the
 * signature covering the reviewed range.
 */
@GxpServerTest
class AuditTrailReviewProcessTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrailReviews reviews;

	@Autowired
	Signatures signatures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	/** A quality manager with no action of their own in the ledger yet. */
	String reviewer;

	@BeforeEach
	void setUp() {
		init(engine);
		reviewer = qualityManager();
	}

	String qualityManager() {
		String id = "atrqm-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createSeedAccount(new NewAccount(id, "Test " + id, id + "@gxp-bridge.test",
				EnumSet.of(Role.QUALITY_MANAGER), Http.DEMO_PASSWORD, null), true, false);
		return id;
	}

	ProcessInstance requested(ReviewedRecordType type) {
		// as the schedule's job does it, for one record type (the command guard keeps a
		// person from correlating the start message)
		ProcessInstance pi = engine.getRuntimeService()
			.startProcessInstanceByMessage(MESSAGE_REVIEW_REQUESTED, Map.of(VAR_RECORD_TYPE, type.name()));
		assertThat(pi).isWaitingAt(TASK_OPEN);
		execute(job());
		return pi;
	}

	AuditTrailReview review(ProcessInstance pi) {
		return reviews.get((String) engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(pi.getId())
			.variableName(VAR_REVIEW_ID)
			.singleResult()
			.getValue());
	}

	SignatureView sign(String user, ProcessInstance pi, String outcome, String findings, String entries) {
		Map<String, Object> form = new HashMap<>();
		form.put(VAR_OUTCOME, outcome);
		form.put(VAR_FINDINGS, findings);
		form.put(VAR_FINDING_ENTRIES, entries);
		return signatures.sign(new SignRequest(task(TASK_REVIEW, pi).getId(), user, Http.DEMO_PASSWORD, "REVIEWED",
				form, null, "127.0.0.1"));
	}

	@Test
	@Verifies({ "A11-9", "CHK-25" })
	void theScheduleStartsOneReviewPerRecordType() {
		Job timer = engine.getManagementService()
			.createJobQuery()
			.processDefinitionKey(PROCESS_KEY)
			.timers()
			.singleResult();
		assertThat(timer).as("the timer start event of the cycle R/P1M").isNotNull();
		Set<String> before = new HashSet<>(instances());
		try {
			ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
			engine.getManagementService().executeJob(timer.getId());
		}
		finally {
			ClockUtil.reset();
		}
		List<String> scheduler = instances().stream().filter(id -> !before.contains(id)).toList();
		assertThat(scheduler).hasSize(1);
		ProcessInstance pi = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(scheduler.get(0))
			.singleResult();
		assertThat(pi).hasPassed(START_DUE).isWaitingAt(TASK_SCHEDULE);
		execute(job(pi));
		assertThat(pi).isEnded().hasPassed(END_SCHEDULED);
		List<String> started = instances().stream().filter(id -> !before.contains(id)).toList();
		assertThat(started).hasSize(ReviewedRecordType.values().length);
		assertThat(started.stream().map(id -> engine.getRuntimeService().getVariable(id, VAR_RECORD_TYPE)))
			.containsExactlyInAnyOrder(
					(Object[]) Arrays.stream(ReviewedRecordType.values()).map(Enum::name).toArray(String[]::new));
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

	@Test
	@Verifies({ "A11-9", "CHK-25" })
	void aSignedReviewWithoutFindingsCoversTheEntriesSinceTheLastReview() {
		ProcessInstance first = requested(ReviewedRecordType.ACCOUNTS);
		long mark = review(first).toSeq();
		String created = qualityManager();
		ProcessInstance pi = requested(ReviewedRecordType.ACCOUNTS);
		AuditTrailReview review = review(pi);
		assertThat(review.fromSeq()).as("from the high-water mark of the previous review").isEqualTo(mark);
		List<AuditEntry> entries = reviews.entries(review.reviewId(), 1000);
		assertThat(entries).isNotEmpty()
			.allSatisfy(e -> assertThat(ReviewedRecordType.of(e)).isEqualTo(ReviewedRecordType.ACCOUNTS))
			.anySatisfy(e -> assertThat(e.action() + " " + e.objectId()).isEqualTo("ACCOUNT_CREATED " + created));
		assertThat(review.entryCount()).isEqualTo(entries.size());
		assertThat(pi).isWaitingAt(TASK_REVIEW);
		assertThat(task(TASK_REVIEW, pi)).hasCandidateGroup("QUALITY_MANAGER");
		assertThat((String) engine.getTaskService().getVariable(task(TASK_REVIEW, pi).getId(), VAR_ENTRIES))
			.contains("ACCOUNT_CREATED Account " + created);
		sign(reviewer, pi, OUTCOME_NO_FINDINGS, null, null);
		assertThat(pi).isEnded().hasPassed(END_REVIEWED).hasNotPassed(TASK_RAISE_DEVIATION);
		assertThat(review(pi).status()).isEqualTo(AuditTrailReview.REVIEWED);
		assertThat(review(pi).reviewedBy()).isEqualTo(reviewer);
	}

	@Test
	@Verifies({ "A11-9", "CHK-25" })
	void nothingNewToReviewEndsWithoutATask() {
		long mark = review(requested(ReviewedRecordType.PROCESS_CHANGES)).toSeq();
		ProcessInstance pi = requested(ReviewedRecordType.PROCESS_CHANGES);
		assertThat(review(pi).entryCount()).isZero();
		assertThat(review(pi).fromSeq()).isEqualTo(mark);
		assertThat(review(pi).toSeq())
			.as("the mark stays: an entry still in flight below the newest seq goes to the next review")
			.isEqualTo(mark);
		assertThat(review(pi).status()).as("not left OPEN with nothing waiting for a reviewer")
			.isEqualTo(AuditTrailReview.NOTHING_NEW);
		assertThat(pi).isEnded().hasPassed(END_NOTHING_TO_REVIEW).hasNotPassed(TASK_REVIEW);
	}

	@Test
	@Verifies({ "A11-9", "CHK-25" })
	void findingsRaiseADeviationOrWaitForFollowUp() {
		qualityManager();
		ProcessInstance pi = requested(ReviewedRecordType.ACCOUNTS);
		AuditTrailReview review = review(pi);
		assertThatThrownBy(() -> sign(reviewer, pi, OUTCOME_FINDINGS, "unexpected role change",
				String.valueOf(review.toSeq() + 1_000_000)))
			.as("an entry after this review")
			.hasMessageContaining("not part of " + review.reviewId());
		assertThatThrownBy(() -> sign(reviewer, pi, OUTCOME_FINDINGS, " ", String.valueOf(review.toSeq())))
			.hasMessageContaining("Describe the findings");
		assertThat(pi).isWaitingAt(TASK_REVIEW);
		sign(reviewer, pi, OUTCOME_FINDINGS, "role change without a ticket", String.valueOf(review.toSeq()));
		assertThat(pi).isWaitingAt(TASK_RAISE_DEVIATION);
		execute(job());
		assertThat(pi).isEnded().hasPassed(END_DEVIATION_RAISED);
		AuditTrailReview raised = review(pi);
		assertThat(raised.findings()).isEqualTo("role change without a ticket");
		assertThat(raised.findingEntries()).isEqualTo(String.valueOf(review.toSeq()));
		boolean capaDeployed = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(CapaModel.PROCESS_KEY)
			.count() > 0;
		if (capaDeployed) {
			assertThat(raised.deviationRef()).isNotNull();
			assertThat(engine.getRuntimeService().getVariable(raised.deviationRef(), CapaModel.VAR_SOURCE))
				.isEqualTo("DEVIATION");
		}
		else {
			assertThat(raised.deviationRef()).isNull();
			assertThat(raised.followUp()).isEqualTo("Recorded for follow-up: no CapaProcess is deployed");
		}
	}

	@Test
	@Verifies({ "A11-9", "CHK-25" })
	void aReviewerMayNotReviewTheirOwnActions() {
		// a failed login is an action of the user's in the accounts' trail
		accounts.authenticate(reviewer, "wrong password", "test", "127.0.0.1");
		ProcessInstance pi = requested(ReviewedRecordType.ACCOUNTS);
		String taskId = task(TASK_REVIEW, pi).getId();
		assertThatThrownBy(() -> workflow.runAs(reviewer, () -> {
			engine.getTaskService().claim(taskId, reviewer);
			return null;
		})).hasMessageContaining("'" + reviewer + "' may not review " + review(pi).reviewId());
		assertThatThrownBy(() -> sign(reviewer, pi, OUTCOME_NO_FINDINGS, null, null))
			.hasMessageContaining("are their own actions");
		assertThat(pi).isWaitingAt(TASK_REVIEW);
		String other = qualityManager();
		sign(other, pi, OUTCOME_NO_FINDINGS, null, null);
		assertThat(review(pi).reviewedBy()).isEqualTo(other);
	}

	@Test
	@Verifies({ "A11-9", "CHK-25" })
	void theSignatureCoversTheReviewedRangeAndAChangeInSqlIsFound() {
		qualityManager();
		ProcessInstance pi = requested(ReviewedRecordType.ACCOUNTS);
		SignatureView signed = sign(reviewer, pi, OUTCOME_NO_FINDINGS, null, null);
		assertThat(signatures.find(signed.signatureId()).recordChangedSinceSigning()).isFalse();
		String reviewId = review(pi).reviewId();
		jdbc.update("update gxp_audit_trail_review set to_seq = to_seq - 1 where review_id = ?", reviewId);
		try {
			assertThat(signatures.find(signed.signatureId()).recordChangedSinceSigning()).isTrue();
		}
		finally {
			// put back: the shared database's ledger seals the row (CHK-04)
			jdbc.update("update gxp_audit_trail_review set to_seq = to_seq + 1 where review_id = ?", reviewId);
		}
	}

	@Test
	@Verifies({ "A11-9", "CHK-25" })
	void twoReviewsOfOneTypeOpenedAtOnceCoverFollowingRangesNotTheSameEntriesTwice() throws Exception {
		assertThat(jdbc.queryForList("select record_type from gxp_audit_trail_review_lock", String.class))
			.as("every record type has the row its reviews lock (V168)")
			.containsExactlyInAnyOrder(
					Arrays.stream(ReviewedRecordType.values()).map(Enum::name).toArray(String[]::new));
		// two instances whose opening jobs are left alone: the reviews are opened here,
		// one transaction held open while the other starts, as two nodes' job executors
		// would
		ProcessInstance one = engine.getRuntimeService()
			.startProcessInstanceByMessage(MESSAGE_REVIEW_REQUESTED,
					Map.of(VAR_RECORD_TYPE, ReviewedRecordType.ACCOUNTS.name()));
		ProcessInstance two = engine.getRuntimeService()
			.startProcessInstanceByMessage(MESSAGE_REVIEW_REQUESTED,
					Map.of(VAR_RECORD_TYPE, ReviewedRecordType.ACCOUNTS.name()));
		TransactionTemplate tx = new TransactionTemplate(transactions);
		CountDownLatch firstOpened = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		long[] firstSession = new long[1];
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<AuditTrailReview> first = threads.submit(() -> tx.execute(status -> {
				AuditTrailReview r = reviews.open(one.getId(), ReviewedRecordType.ACCOUNTS);
				firstSession[0] = jdbc.queryForObject("select session_id()", Long.class);
				firstOpened.countDown();
				await(release);
				return r;
			}));
			assertThat(firstOpened.await(30, TimeUnit.SECONDS)).isTrue();
			qualityManager();
			// H2 gives up a lock wait after 2 s: this session waits longer, so that a
			// slow machine does not turn the wait into a failure
			Future<AuditTrailReview> second = threads.submit(() -> tx.execute(status -> {
				Integer timeout = jdbc.queryForObject("select lock_timeout()", Integer.class);
				jdbc.execute("set lock_timeout 60000");
				try {
					return reviews.open(two.getId(), ReviewedRecordType.ACCOUNTS);
				}
				finally {
					jdbc.execute("set lock_timeout " + timeout);
				}
			}));
			// H2 names the session a waiting one waits for: the first opening's
			long deadline = System.currentTimeMillis() + 30_000;
			while (!second.isDone() && System.currentTimeMillis() < deadline
					&& jdbc.queryForObject("select count(*) from information_schema.sessions where blocker_id = ?",
							Long.class, firstSession[0]) == 0) {
				Thread.sleep(10);
			}
			assertThat(second.isDone()).as("the second review waits for the first one's transaction").isFalse();
			assertThat(jdbc.queryForObject("select count(*) from information_schema.sessions where blocker_id = ?",
					Long.class, firstSession[0]))
				.as("a session waits for the first opening's lock")
				.isEqualTo(1);
			release.countDown();
			AuditTrailReview a = first.get(30, TimeUnit.SECONDS);
			AuditTrailReview b = second.get(30, TimeUnit.SECONDS);
			assertThat(b.fromSeq()).as("the second review starts where the first one ends").isEqualTo(a.toSeq());
			assertThat(b.toSeq()).isGreaterThan(a.toSeq());
			assertThat(b.entryCount()).as("the account created while the first was open").isPositive();
		}
		finally {
			release.countDown();
			threads.shutdownNow();
			engine.getRuntimeService().deleteProcessInstance(one.getId(), "test: review opened by the test");
			engine.getRuntimeService().deleteProcessInstance(two.getId(), "test: review opened by the test");
		}
	}

	@Test
	@Verifies({ "A11-9", "CHK-25" })
	void aReviewCancelledBeforeItWasSignedLeavesItsEntriesToTheNextReview() {
		String created = qualityManager();
		ProcessInstance cancelled = requested(ReviewedRecordType.ACCOUNTS);
		AuditTrailReview abandoned = review(cancelled);
		assertThat(abandoned.entryCount()).isPositive();
		engine.getRuntimeService().deleteProcessInstance(cancelled.getId(), "test: cancelled before the review");
		ProcessInstance next = requested(ReviewedRecordType.ACCOUNTS);
		AuditTrailReview again = review(next);
		assertThat(again.fromSeq()).as("from where the unsigned review began").isEqualTo(abandoned.fromSeq());
		assertThat(reviews.entries(again.reviewId(), 100_000))
			.anySatisfy(e -> assertThat(e.action() + " " + e.objectId()).isEqualTo("ACCOUNT_CREATED " + created));
		assertThat(reviews.get(abandoned.reviewId()).status()).isEqualTo(AuditTrailReview.ABANDONED);
		assertThat(next).isWaitingAt(TASK_REVIEW);
		sign(reviewer, next, OUTCOME_NO_FINDINGS, null, null);
		assertThat(review(requested(ReviewedRecordType.ACCOUNTS)).fromSeq())
			.as("once covered again, the mark moves on from the review that covered it")
			.isEqualTo(again.toSeq());
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
