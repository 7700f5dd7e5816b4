package org.gxpbridge.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.gxpbridge.support.Http;

/**
 * Server nodes as an operator runs them: the packaged jar (target/gxp-bridge.jar) in its
 * own process with the postgres profile, so a test can kill one with SIGKILL; and the
 * jar's {@code audit} command.
 */
final class JarNodes {

	static final Path JAR = Path.of("target/gxp-bridge.jar");

	private JarNodes() {
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
		long deadline = System.currentTimeMillis() + 300_000; // a ceiling: about 30 s on
																// a quiet machine
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
