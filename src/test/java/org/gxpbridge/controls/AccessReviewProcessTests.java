package org.gxpbridge.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gxpbridge.controls.AccessReviewModel.*;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.security.AccountStatus;
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

/**
 * Every path of AccessReviewProcess (CHK-12, 21 CFR 11.300(b)): the schedule, role
 * reviews that confirm and revoke, the reviewer who holds the role refused, the unused
 * account deactivated by the server with its owner told, the signed review and a change
 * behind the server's back found by the signature and refused by the release step.
 */
@GxpServerTest
class AccessReviewProcessTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	Accounts accounts;

	@Autowired
	AccessReviews reviews;

	@Autowired
	Signatures signatures;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	String qm;

	String approver;

	@BeforeEach
	void setUp() {
		init(engine);
		// reviewers who hold no role but their own, so they may review every other role
		qm = person("arqm", Role.QUALITY_MANAGER);
		approver = person("arap", Role.APPROVER);
	}

	String person(String prefix, Role... roles) {
		String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createSeedAccount(new NewAccount(id, "Test " + id, id + "@gxp-bridge.test",
				roles.length == 1 ? EnumSet.of(roles[0]) : EnumSet.of(roles[0], roles), Http.DEMO_PASSWORD, null), true,
				false);
		return id;
	}

	ProcessInstance requested() {
		String id = workflow.start(PROCESS_KEY, null, Map.of(), "itsec").processInstanceId();
		ProcessInstance pi = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(id)
			.singleResult();
		assertThat(pi).isWaitingAt(TASK_OPEN);
		execute(job());
		assertThat(pi).isWaitingAt(TASK_DISABLE_UNUSED);
		execute(job());
		return pi;
	}

	String reviewId(ProcessInstance pi) {
		return (String) engine.getRuntimeService().getVariable(pi.getId(), VAR_REVIEW_ID);
	}

	/** Completes every open role task as the reviewer, removing the given members. */
	void reviewRoles(ProcessInstance pi, String taskKey, String reviewer, Map<String, String> removals) {
		for (var t : engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(pi.getId())
			.taskDefinitionKey(taskKey)
			.list()) {
			String role = (String) engine.getTaskService().getVariable(t.getId(), VAR_REVIEWED_ROLE);
			String remove = removals.getOrDefault(role, "");
			complete(reviewer, t.getId(), Map.of(VAR_REMOVE_MEMBERS, remove, VAR_REMOVAL_REASON,
					remove.isEmpty() ? "" : "left the QA audit team"));
		}
	}

	void complete(String user, String taskId, Map<String, Object> variables) {
		workflow.runAs(user, () -> {
			engine.getTaskService().claim(taskId, user);
			engine.getTaskService().complete(taskId, variables);
			return null;
		});
	}

	SignatureView approve(ProcessInstance pi) {
		assertThat(pi).isWaitingAt(TASK_APPROVE);
		return signatures.sign(new SignRequest(task(TASK_APPROVE, pi).getId(), qm, Http.DEMO_PASSWORD, "APPROVED",
				Map.of("approvalComment", "all decisions checked"), null, "127.0.0.1"));
	}

	@Test
	@Verifies({ "P11-300b", "CHK-12" })
	void theScheduleStartsAReviewWhenTheCycleIsDue() {
		Job timer = engine.getManagementService()
			.createJobQuery()
			.processDefinitionKey(PROCESS_KEY)
			.timers()
			.singleResult();
		assertThat(timer).as("the timer start event of the cycle R/P3M").isNotNull();
		Set<String> before = new HashSet<>(instances());
		try {
			ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
			engine.getManagementService().executeJob(timer.getId());
		}
		finally {
			ClockUtil.reset();
		}
		List<String> started = instances().stream().filter(id -> !before.contains(id)).toList();
		assertThat(started).hasSize(1);
		ProcessInstance pi = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(started.get(0))
			.singleResult();
		assertThat(pi).hasPassed(START_DUE).isWaitingAt(TASK_OPEN);
		execute(job(pi));
		execute(job(pi));
		assertThat(pi).isWaitingAt(TASK_REVIEW_ROLE, TASK_REVIEW_QUALITY_MANAGERS);
		assertThat(task(TASK_REVIEW_QUALITY_MANAGERS, pi)).hasCandidateGroup("APPROVER");
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
	@Verifies({ "P11-300b", "CHK-12" })
	void membersAreConfirmedOrRemovedWithReasonAndTheSignedReviewIsApproved() {
		String twoRoles = person("armember", Role.AUDITOR, Role.PROCESS_OWNER);
		String oneRole = person("armember", Role.AUDITOR);
		ProcessInstance pi = requested();
		assertThat(engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(pi.getId())
			.taskDefinitionKey(TASK_REVIEW_ROLE)
			.list()).as("one task per role but the quality managers'")
			.hasSizeGreaterThanOrEqualTo(Role.values().length - 1)
			.allSatisfy(t -> assertThat(t).hasCandidateGroup("QUALITY_MANAGER"));
		reviewRoles(pi, TASK_REVIEW_ROLE, qm, Map.of("AUDITOR", twoRoles + ", " + oneRole));
		reviewRoles(pi, TASK_REVIEW_QUALITY_MANAGERS, approver, Map.of());
		String reviewId = reviewId(pi);
		approve(pi);
		assertThat(pi).isWaitingAt(TASK_CLOSE);
		execute(job());
		assertThat(pi).isEnded().hasPassed(END_APPROVED);

		AccessReview review = reviews.get(reviewId);
		assertThat(review.status()).isEqualTo(AccessReview.APPROVED);
		assertThat(review.lines()).allSatisfy(l -> assertThat(l.decision()).isNotNull());
		assertThat(review.lines()).filteredOn(l -> l.userId().equals(twoRoles) && l.role().equals("AUDITOR"))
			.singleElement()
			.satisfies(l -> {
				assertThat(l.decision()).isEqualTo(AccessReviewLine.REMOVED);
				assertThat(l.decidedBy()).isEqualTo(qm);
				assertThat(l.reason()).isEqualTo("left the QA audit team");
			});
		assertThat(review.lines()).filteredOn(l -> l.userId().equals(twoRoles) && l.role().equals("PROCESS_OWNER"))
			.singleElement()
			.satisfies(l -> assertThat(l.decision()).isEqualTo(AccessReviewLine.CONFIRMED));
		assertThat(accounts.get(twoRoles).roles()).containsExactly(Role.PROCESS_OWNER);
		assertThat(accounts.get(oneRole).status()).as("no role left: deactivated").isEqualTo(AccountStatus.DEACTIVATED);
		assertThat(ledger.entries(new AuditQuery(pi.getId(), null, null, null, null, 10_000))).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("ACCESS_REVIEW_REMOVED");
			assertThat(e.actorId()).isEqualTo(qm);
			assertThat(e.field()).isEqualTo("AUDITOR:" + twoRoles);
			assertThat(e.reason()).isEqualTo("left the QA audit team");
		});
		assertThat(ledger.entries(new AuditQuery(null, null, qm, null, null, 10_000)))
			.anySatisfy(e -> assertThat(e.action() + " " + e.objectId()).isEqualTo("ROLES_CHANGED " + twoRoles));
	}

	@Test
	@Verifies({ "P11-300b", "CHK-12" })
	void aReviewerWhoHoldsTheRoleIsRefused() {
		ProcessInstance pi = requested();
		var reviewerTask = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(pi.getId())
			.taskDefinitionKey(TASK_REVIEW_ROLE)
			.list()
			.stream()
			.filter(t -> "REVIEWER".equals(engine.getTaskService().getVariable(t.getId(), VAR_REVIEWED_ROLE)))
			.findFirst()
			.orElseThrow();
		// the demo quality manager holds REVIEWER and APPROVER too
		assertThatThrownBy(() -> complete("qm", reviewerTask.getId(), Map.of()))
			.hasMessageContaining("'qm' holds the role REVIEWER and may not review its members");
		assertThat(engine.getTaskService().createTaskQuery().taskId(reviewerTask.getId()).singleResult().getAssignee())
			.isNull();
		String member = person("arlate", Role.REVIEWER);
		assertThatThrownBy(() -> complete(qm, reviewerTask.getId(), Map.of(VAR_REMOVE_MEMBERS, "reviewer")))
			.as("a removal needs its reason")
			.hasMessageContaining("Give the reason for removing reviewer from REVIEWER");
		assertThatThrownBy(() -> complete(qm, reviewerTask.getId(),
				Map.of(VAR_REMOVE_MEMBERS, member, VAR_REMOVAL_REASON, "not needed")))
			.as("only members under review can be removed")
			.hasMessageContaining("Not members of REVIEWER under review: " + member);
		assertThat(accounts.get("reviewer").roles()).contains(Role.REVIEWER);
		assertThat(accounts.get(member).roles()).contains(Role.REVIEWER);
	}

	@Test
	@Verifies({ "P11-300b", "CHK-12" })
	void anUnusedAccountIsDeactivatedByTheServerAndItsOwnerIsMailed() {
		String unused = person("arunused", Role.REVIEWER);
		String recent = person("arrecent", Role.REVIEWER);
		// last login 100 days ago (last_login_at is an operational counter, not sealed)
		jdbc.update("update gxp_user set last_login_at = ? where user_id = ?",
				Timestamp.from(Instant.now().minus(Duration.ofDays(100))), unused);
		ProcessInstance pi = requested();
		assertThat(accounts.get(unused).status()).isEqualTo(AccountStatus.DEACTIVATED);
		assertThat(accounts.get(recent).status()).isEqualTo(AccountStatus.ACTIVE);
		assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), VAR_DISABLED_ACCOUNTS)).contains(unused)
			.doesNotContain(recent);
		assertThat(reviews.get(reviewId(pi)).lines()).filteredOn(l -> l.userId().equals(unused))
			.singleElement()
			.satisfies(l -> {
				assertThat(l.decision()).isEqualTo(AccessReviewLine.DISABLED_UNUSED);
				assertThat(l.decidedBy()).isEqualTo("system");
				assertThat(l.reason()).contains("Not used for more than 90 days");
			});
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_security_event where event_type = 'ACCOUNT_DEACTIVATED'"
						+ " and user_id = ? and actor_id = 'system' and detail like 'Not used for more than 90 days%'",
				Integer.class, unused))
			.isEqualTo(1);
		assertThat(
				jdbc.queryForObject("select count(*) from gxp_mail_outbox where kind = 'SECURITY_ALERT' and user_id = ?"
						+ " and recipient = ?", Integer.class, unused, unused + "@gxp-bridge.test"))
			.as("the owner is told")
			.isEqualTo(1);
		assertThat(ledger.entries(new AuditQuery(null, null, "system", null, null, 10_000)))
			.anySatisfy(e -> assertThat(e.action() + " " + e.objectId()).isEqualTo("ACCOUNT_DEACTIVATED " + unused));
		// nothing left to decide about the unused account in its role's task
		var reviewerTask = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(pi.getId())
			.taskDefinitionKey(TASK_REVIEW_ROLE)
			.list()
			.stream()
			.filter(t -> "REVIEWER".equals(engine.getTaskService().getVariable(t.getId(), VAR_REVIEWED_ROLE)))
			.findFirst()
			.orElseThrow();
		assertThat((String) engine.getTaskService().getVariable(reviewerTask.getId(), VAR_MEMBERS)).contains(recent)
			.doesNotContain(unused);
	}

	@Test
	@Verifies({ "P11-300b", "CHK-12" })
	void theSignatureCoversTheReviewAndAChangeInSqlIsFoundAndRefusedAtRelease() {
		ProcessInstance pi = requested();
		reviewRoles(pi, TASK_REVIEW_ROLE, qm, Map.of());
		reviewRoles(pi, TASK_REVIEW_QUALITY_MANAGERS, approver, Map.of());
		SignatureView signed = approve(pi);
		assertThat(signatures.find(signed.signatureId()).recordChangedSinceSigning()).isFalse();
		List<Map<String, Object>> before = jdbc.queryForList(
				"select user_id, decision, reason from gxp_access_review_line where review_id = ? and role_name = 'ADMIN'",
				reviewId(pi));
		jdbc.update("update gxp_access_review_line set decision = 'CONFIRMED', reason = 'edited in SQL' "
				+ "where review_id = ? and role_name = 'ADMIN'", reviewId(pi));
		try {
			assertThat(signatures.find(signed.signatureId()).recordChangedSinceSigning()).isTrue();
			assertThatThrownBy(() -> execute(job())).hasMessageContaining("is not approved");
			assertThat(reviews.get(reviewId(pi)).status()).isEqualTo(AccessReview.OPEN);
		}
		finally {
			// put back: the shared database's ledger seals the review with its lines
			// (CHK-04)
			before.forEach(line -> jdbc.update(
					"update gxp_access_review_line set decision = ?, reason = ? where review_id = ? "
							+ "and role_name = 'ADMIN' and user_id = ?",
					line.get("DECISION"), line.get("REASON"), reviewId(pi), line.get("USER_ID")));
		}
	}

}
