package org.gxpbridge.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gxpbridge.audittrail.JarNodes.awaitHealth;
import static org.gxpbridge.audittrail.JarNodes.command;
import static org.gxpbridge.audittrail.JarNodes.count;
import static org.gxpbridge.audittrail.JarNodes.execute;
import static org.gxpbridge.audittrail.JarNodes.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.PostgresServer;
import org.gxpbridge.support.TestPorts;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 16 item 1: two server processes (the packaged jar) on one PostgreSQL database
 * share the work; one is killed with SIGKILL while its job executor and outbox are busy
 * and ledger entries it appended are not sealed yet. Afterwards every started instance is
 * where its review record says it should be (at its review task, or ended when a review
 * opened after later ones of its type found nothing new; no incident, no job left), the
 * reviews of each type cover ranges that follow each other, no job ran twice with effect
 * (one review record per instance), no mail went twice (one mail per outbox row at the
 * SMTP server), the survivor sealed what the dead node appended, and the whole ledger
 * verifies on the survivor; the jar's {@code audit verify} command, run on the database
 * afterwards, exits 1 once a ledger row is altered in SQL and names that row as the first
 * broken entry (P11-10e, A11-7, CHK-04). This replaces the single-node crash test of
 * earlier releases: a survivor sealing a dead node's entries is the same path as a
 * restarted node sealing its own.
 */
@Verifies({ "P11-10e", "CHK-04", "A11-7", "A11-16", "CHK-25" })
class ClusterFailoverIT {

	private static final int INSTANCES = 16;

	private static final String QM_PASSWORD = "Quality-Passw0rd-2026";

	@Test
	@Timeout(value = 15, unit = TimeUnit.MINUTES)
	void aNodeKilledUnderLoadLeavesNoWorkUndoneOrDoneTwiceAndTheLedgerIntact() throws Exception {
		assertThat(JarNodes.JAR).exists();
		int smtpPort = TestPorts.free();
		GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
		smtp.start();
		String url = PostgresServer.newDatabase("cluster_failover");
		Path dir = Files.createDirectories(Path.of("target/cluster-failover-it"));
		String[] node = { "--gxp.security.bcrypt-strength=4", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtpPort, "--gxp.mail.outbox.send-interval=200ms",
				"--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=500",
				// how long a dead node's claims last (docs/operations.md, "Several
				// nodes")
				"--camunda.bpm.job-execution.lock-time-in-millis=15000", "--gxp.mail.outbox.lease=15s" };
		int portA = TestPorts.free();
		int portB = TestPorts.free();
		// A creates the schema and the audit keystore; B starts on both (a shared
		// keystore, as docs/operations.md asks of every node). A never seals and B only
		// every 20 s, so that the kill leaves A's newest entries unsealed
		Process a = server(url, dir, portA,
				with(node, "--gxp.audit.seal-interval=1h", "--gxp.audit.seal-every-entries=1000000"));
		Process b = null;
		long unsealedAtKill = -1;
		long lastSeqAtKill = -1;
		try {
			awaitHealth(portA, a);
			b = server(url, dir, portB, with(node, "--gxp.audit.seal-interval=20s"));
			awaitHealth(portB, b);
			Http admin = Http.as(portA, PostgresServer.ADMIN_USER, PostgresServer.ADMIN_PASSWORD);
			qualityManager(admin, portA, "qmone");
			qualityManager(admin, portB, "qmtwo");

			List<String> started = new ArrayList<>();
			for (int i = 0; i < INSTANCES; i++) {
				// round robin, as a load balancer would, until A is gone
				int port = i % 2 == 0 && i <= INSTANCES / 2 ? portA : portB;
				Http.Response r = Http.as(port, "qmone", QM_PASSWORD)
					.withHeader("X-GxP-Reason", "cluster failover drill: audit-trail review requested")
					.post("/engine-rest/message",
							Map.of("messageName", "Message_AuditTrailReviewRequested", "businessKey",
									"ATR-CLUSTER-" + i, "resultEnabled", true, "processVariables",
									Http.vars("recordType", i % 2 == 0 ? "ACCOUNTS" : "RECORDS")));
				assertThat(r.status()).as(r.body()).isEqualTo(200);
				started.add(r.json().get(0).path("processInstance").path("id").asText());
				if (i == INSTANCES / 2) {
					// SIGKILL in the middle of the load: no shutdown hook, jobs and mails
					// claimed by A are left locked
					a.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
					lastSeqAtKill = count(url, "select max(seq) from gxp_audit_entry");
					unsealedAtKill = count(url, "select count(*) from gxp_audit_entry e where not exists "
							+ "(select 1 from gxp_audit_seal s where s.seq = e.seq)");
				}
			}

			Http survivor = Http.as(portB, PostgresServer.ADMIN_USER, PostgresServer.ADMIN_PASSWORD);
			// the survivor takes over A's locked jobs and leased mails once the lock and
			// the lease have run out
			long deadline = System.currentTimeMillis() + 180_000;
			while (System.currentTimeMillis() < deadline
					&& (count(url, "select count(*) from act_ru_job where process_instance_id_ is not null") > 0
							|| count(url, "select count(*) from gxp_mail_outbox where status <> 'SENT'") > 0)) {
				Thread.sleep(500);
			}
			assertThat(count(url, "select count(*) from act_ru_job where process_instance_id_ is not null"))
				.as("every job ran")
				.isZero();
			assertThat(count(url, "select count(*) from act_ru_incident")).as("no incident").isZero();
			int nothingNew = 0;
			for (String pi : started) {
				assertThat(count(url,
						"select count(*) from gxp_audit_trail_review where process_instance_id = '" + pi + "'"))
					.as("the opening job of %s had its effect exactly once", pi)
					.isEqualTo(1);
				// a review opened after a later one of its type (a job the dead node had
				// claimed, run by the survivor once its lock ran out) may find nothing
				// new: the model then ends it without a task
				long entries = count(url,
						"select entry_count from gxp_audit_trail_review where process_instance_id = '" + pi + "'");
				assertThat(count(url,
						"select count(*) from gxp_audit_trail_review where process_instance_id = '" + pi
								+ "' and status = '" + (entries > 0 ? "OPEN" : "NOTHING_NEW") + "'"))
					.as("the status of the review of %s", pi)
					.isEqualTo(1);
				long waiting = count(url, "select count(*) from act_ru_task where proc_inst_id_ = '" + pi
						+ "' and task_def_key_ = 'Task_ReviewAuditTrail'");
				long endedEmpty = count(url, "select count(*) from act_hi_actinst where proc_inst_id_ = '" + pi
						+ "' and act_id_ = 'EndEvent_NothingToReview' and end_time_ is not null");
				assertThat(List.of(waiting, endedEmpty))
					.as("instance %s with %d entries to review waits at its review, or ended with none", pi, entries)
					.isEqualTo(entries > 0 ? List.of(1L, 0L) : List.of(0L, 1L));
				nothingNew += entries > 0 ? 0 : 1;
			}
			// reviews of one type opened on two nodes follow each other: each starts
			// where the one before it ended, none covers an entry another covers (CHK-25)
			for (String type : List.of("ACCOUNTS", "RECORDS")) {
				List<long[]> ranges = rangesOf(url, type);
				assertThat(ranges).as("%s reviews", type).hasSizeGreaterThanOrEqualTo(INSTANCES / 2);
				assertThat(count(url,
						"select sum(entry_count) from gxp_audit_trail_review where record_type = '" + type + "'"))
					.as("%s reviews found entries to review", type)
					.isPositive();
				long previousTo = 0;
				for (long[] range : ranges) {
					assertThat(range[0]).as("%s review from %d: where the one before ended", type, range[0])
						.isEqualTo(previousTo);
					previousTo = range[1];
				}
			}
			assertThat(count(url,
					"select max(entry_count) from gxp_audit_trail_review where record_type = 'ACCOUNTS' "
							+ "and from_seq = 0"))
				.as("the first accounts review covers the quality managers' accounts created before it")
				.isPositive();

			assertThat(count(url, "select count(*) from gxp_mail_outbox where status <> 'SENT'")).as("every mail sent")
				.isZero();
			// each outbox row has one Message-ID on every attempt; a second copy can only
			// be a row the dead node had sent but not yet marked, re-sent by the survivor
			// after the lease (attempts >= 2): the recipient's mail system sees one
			// message
			Map<String, Integer> copies = new HashMap<>();
			for (MimeMessage m : smtp.getReceivedMessages()) {
				copies.merge(m.getMessageID(), 1, Integer::sum);
			}
			Map<String, Long> attempts = new HashMap<>();
			for (long id : ids(url, "select id from gxp_mail_outbox")) {
				attempts.put("<gxp-outbox-" + id + "@localhost>",
						count(url, "select attempts from gxp_mail_outbox where id = " + id));
			}
			assertThat(copies.keySet()).as("one distinct mail per outbox row, none other")
				.containsExactlyInAnyOrderElementsOf(attempts.keySet());
			copies.forEach((messageId, n) -> {
				if (n > 1) {
					assertThat(attempts.get(messageId))
						.as("%s went %d times: only a row claimed by the dead node may be re-sent", messageId, n)
						.isGreaterThanOrEqualTo(2);
				}
			});
			System.out.printf(
					"Cluster failover: %d outbox rows, %d SMTP deliveries, %d re-sent after the kill, "
							+ "%d of %d reviews found nothing new%n",
					attempts.size(), smtp.getReceivedMessages().length,
					copies.values().stream().filter(n -> n > 1).count(), nothingNew, INSTANCES);

			assertThat(unsealedAtKill).as("entries were appended but not sealed when A died").isPositive();
			String unsealedBeforeKill = "select count(*) from gxp_audit_entry e where e.seq <= " + lastSeqAtKill
					+ " and not exists (select 1 from gxp_audit_seal s where s.seq = e.seq)";
			deadline = System.currentTimeMillis() + 60_000;
			while (System.currentTimeMillis() < deadline && count(url, unsealedBeforeKill) > 0) {
				Thread.sleep(500);
			}
			assertThat(count(url, unsealedBeforeKill)).as("the survivor sealed every entry from before the kill")
				.isZero();
			JsonNode verify = survivor.get("/api/audit/verify?full=true").json();
			assertThat(verify.path("intact").asBoolean()).as(verify.toString()).isTrue();
			assertThat(count(url,
					"select count(*) from gxp_audit_entry where object_type = 'ProcessInstance' and action = 'start' "
							+ "and business_key like 'ATR-CLUSTER-%'"))
				.as("every start is in the ledger")
				.isEqualTo(INSTANCES);
			b.destroy();
			b.waitFor(60, TimeUnit.SECONDS);
			// one run of the jar's audit verify (a second JVM start, ≈ 20-30 s, was spent
			// on an intact run that proved what the survivor's full walk above proves):
			// exit 1 alone could also be a command that did not run, so its report must
			// name the altered row as the first broken entry of a ledger the survivor
			// found intact; BackupRestoreDrillIT runs the same command on an intact
			// ledger (exit 0)
			long altered = count(url, "select min(seq) from gxp_audit_entry where business_key = 'ATR-CLUSTER-3'");
			execute(url, "update gxp_audit_entry set actor_id = 'someone-else' where seq = " + altered);
			assertThat(command(url, dir, "verify")).as("audit verify after a ledger row was altered in SQL")
				.isEqualTo(1);
			String report = newestVerifyLog(dir);
			assertThat(report).as("the jar's audit verify report")
				.contains("GxP Bridge audit verification of audit ledger")
				.contains("BROKEN: ")
				.contains("first broken entry: seq " + altered + System.lineSeparator());
		}
		finally {
			a.destroyForcibly();
			if (b != null && b.isAlive()) {
				b.destroy();
				b.waitFor(60, TimeUnit.SECONDS);
			}
			smtp.stop();
		}
	}

	/**
	 * The report of the last {@code audit verify} run (JarNodes.command logs it in dir).
	 */
	private static String newestVerifyLog(Path dir) throws IOException {
		try (Stream<Path> logs = Files.list(dir)) {
			Path newest = logs.filter(f -> f.getFileName().toString().startsWith("audit-verify-"))
				.max(Comparator.comparingLong(f -> f.toFile().lastModified()))
				.orElseThrow(() -> new AssertionError("no audit-verify log in " + dir));
			return Files.readString(newest);
		}
	}

	private static List<Long> ids(String url, String sql) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
				Statement st = c.createStatement();
				ResultSet rs = st.executeQuery(sql)) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids;
	}

	/** The (from_seq, to_seq] ranges of one record type's reviews, in order. */
	private static List<long[]> rangesOf(String url, String type) throws SQLException {
		List<long[]> ranges = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
				Statement st = c.createStatement();
				ResultSet rs = st
					.executeQuery("select from_seq, to_seq from gxp_audit_trail_review where record_type = '" + type
							+ "' order by from_seq, to_seq")) {
			while (rs.next()) {
				ranges.add(new long[] { rs.getLong(1), rs.getLong(2) });
			}
		}
		return ranges;
	}

	private static String[] with(String[] common, String... more) {
		List<String> all = new ArrayList<>(List.of(common));
		all.addAll(List.of(more));
		return all.toArray(String[]::new);
	}

	private static void qualityManager(Http admin, int port, String userId) {
		Http.Response created = admin.post("/api/admin/users",
				Map.of("userId", userId, "fullName", "Quality " + userId, "email", userId + "@example.com", "roles",
						List.of("QUALITY_MANAGER"), "initialPassword", "Initial-Passw0rd!", "reason",
						"cluster failover test"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(Http.as(port, userId, "Initial-Passw0rd!")
			.post("/api/account/password", Map.of("currentPassword", "Initial-Passw0rd!", "newPassword", QM_PASSWORD))
			.status()).isEqualTo(200);
	}

}
