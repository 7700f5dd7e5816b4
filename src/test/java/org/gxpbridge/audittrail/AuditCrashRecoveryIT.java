package org.gxpbridge.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.gxpbridge.support.Http;
import org.gxpbridge.support.PostgresServer;
import org.gxpbridge.support.TestPorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * P11-10e / CHK-04 across a crash: the packaged server (target/gxp-bridge.jar) on
 * embedded PostgreSQL is killed with SIGKILL after appending and before sealing;
 * restarted, it seals the rest with nothing lost and the chain intact; the
 * {@code audit verify} command then exits 0, and 1 once a ledger row is altered in SQL.
 */
class AuditCrashRecoveryIT {

	static final Path JAR = Path.of("target/gxp-bridge.jar");

	@Test
	@Timeout(value = 6, unit = TimeUnit.MINUTES)
	void serverKilledBetweenAppendAndSealSealsTheRestAfterRestartWithChainIntact() throws Exception {
		assertThat(JAR).exists();
		String url = PostgresServer.newDatabase("audit_crash");
		Path dir = Files.createDirectories(Path.of("target/audit-crash-it"));
		int port = TestPorts.free();
		Process first = server(url, dir, port, "--gxp.audit.seal-interval=1h",
				"--gxp.audit.seal-every-entries=1000000");
		long before;
		long lastSeqBeforeKill;
		try {
			awaitHealth(port, first);
			Http admin = Http.as(port, PostgresServer.ADMIN_USER, PostgresServer.ADMIN_PASSWORD);
			// the administrator is no candidate starter of a GxP process: a process owner
			// starts the work
			assertThat(
					admin
						.post("/api/admin/users",
								Map.of("userId", "oowner", "fullName", "Olga Owner", "email", "oowner@example.com",
										"roles", List.of("PROCESS_OWNER"), "initialPassword", "Initial-Passw0rd!"))
						.status())
				.isEqualTo(201);
			assertThat(Http.as(port, "oowner", "Initial-Passw0rd!")
				.post("/api/account/password",
						Map.of("currentPassword", "Initial-Passw0rd!", "newPassword", "Owner-Passw0rd-2026"))
				.status()).isEqualTo(200);
			Http owner = Http.as(port, "oowner", "Owner-Passw0rd-2026");
			for (int i = 0; i < 10; i++) {
				Http.Response started = owner.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start",
						Map.of("businessKey", "DOC-CRASH-" + i, "variables",
								Http.vars("documentTitle", "SOP " + i, "changeSummary", "new")));
				assertThat(started.status()).as(started.body()).isEqualTo(200);
			}
			before = count(url, "select count(*) from gxp_audit_entry");
			lastSeqBeforeKill = count(url, "select max(seq) from gxp_audit_entry");
			assertThat(count(url, "select count(*) from gxp_audit_seal")).as("nothing sealed yet").isLessThan(before);
		}
		finally {
			first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown
																	// hook, no last seal
		}
		Process second = server(url, dir, port, "--gxp.audit.seal-interval=500ms");
		try {
			awaitHealth(port, second);
			long deadline = System.currentTimeMillis() + 60_000;
			while (count(url, "select count(*) from gxp_audit_seal") < count(url,
					"select count(*) from gxp_audit_entry") && System.currentTimeMillis() < deadline) {
				Thread.sleep(250);
			}
			Http.Response verify = Http.as(port, PostgresServer.ADMIN_USER, PostgresServer.ADMIN_PASSWORD)
				.get("/api/audit/verify");
			assertThat(verify.json().path("intact").asBoolean()).as(verify.body()).isTrue();
			assertThat(count(url,
					"select count(*) from gxp_audit_entry e where e.seq <= " + lastSeqBeforeKill
							+ " and not exists (select 1 from gxp_audit_seal s where s.seq = e.seq)"))
				.as("every entry from before the kill is sealed")
				.isZero();
			assertThat(verify.json().path("entries").asLong()).isGreaterThanOrEqualTo(before);
			assertThat(count(url,
					"select count(*) from gxp_audit_entry where business_key like 'DOC-CRASH-%' and object_type = 'ProcessInstance'"))
				.isEqualTo(10);
		}
		finally {
			second.destroy();
			second.waitFor(60, TimeUnit.SECONDS);
		}
		assertThat(command(url, dir, "verify")).isZero();
		execute(url,
				"update gxp_audit_entry set actor_id = 'someone-else' where seq = (select min(seq) from gxp_audit_entry where business_key = 'DOC-CRASH-3')");
		assertThat(command(url, dir, "verify")).isEqualTo(1);
	}

	static Process server(String url, Path dir, int port, String... extra) throws IOException {
		List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", JAR.toAbsolutePath().toString(),
				"--spring.profiles.active=postgres", "--server.port=" + port, "--logging.level.root=warn"));
		cmd.addAll(List.of(extra));
		return start(cmd, url, dir, "server-" + port + "-" + System.nanoTime() + ".log");
	}

	static int command(String url, Path dir, String what) throws Exception {
		List<String> cmd = List.of(java(), "-Xmx512m", "-jar", JAR.toAbsolutePath().toString(), "audit", what,
				"--spring.profiles.active=postgres");
		Process p = start(cmd, url, dir, "audit-" + what + "-" + System.nanoTime() + ".log");
		assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
		return p.exitValue();
	}

	static Process start(List<String> cmd, String url, Path dir, String log) throws IOException {
		ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve(log).toFile());
		pb.environment().putAll(PostgresNode.settings(url));
		pb.environment().put("GXP_AUDIT_KEYSTORE", dir.resolve("audit-key.p12").toAbsolutePath().toString());
		return pb.start();
	}

	static void awaitHealth(int port, Process server) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 150_000;
		while (System.currentTimeMillis() < deadline) {
			assertThat(server.isAlive()).as("server process is running").isTrue();
			try {
				if (Http.anonymous(port).get("/actuator/health").status() == 200) {
					return;
				}
			}
			catch (IllegalStateException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError("server did not become healthy on port " + port);
	}

	static long count(String url, String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static void execute(String url, String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
				Statement s = c.createStatement()) {
			s.executeUpdate(sql);
		}
	}

	static String java() {
		return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
	}

}
