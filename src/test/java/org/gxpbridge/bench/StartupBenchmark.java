package org.gxpbridge.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.gxpbridge.support.Http;
import org.gxpbridge.support.PostgresServer;
import org.gxpbridge.support.TestPorts;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 goal 6: the packaged jar on embedded PostgreSQL, from launch until
 * {@code /actuator/health} answers 200, and its resident memory (VmRSS) 5 s after, with
 * the JVM options docs/operations.md recommends; first on an empty database (Flyway
 * migrations, model deployments, CA and audit key creation), then again on the data the
 * first start left. Needs {@code target/gxp-bridge.jar} ({@code ./mvnw package} first).
 * Prints, asserts nothing.
 * {@code ./mvnw -o -Pbench verify -Dfrontend.skip=true -Djacoco.skip=true -Dtest=StartupBenchmark}
 */
class StartupBenchmark {

	static final Path JAR = Path.of("target/gxp-bridge.jar");

	static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC");

	@Test
	void startToHealthyAndResidentMemoryOnPostgres() throws Exception {
		if (!Files.exists(JAR)) {
			System.out.println("BENCH startup: no " + JAR + " (run ./mvnw package first)");
			return;
		}
		String url = PostgresServer.newDatabase("gxp_bench_startup");
		Path dir = Files.createDirectories(Path.of("target", "startup-benchmark"));
		for (String run : List.of("empty database", "existing data")) {
			int port = TestPorts.free();
			String load = LedgerOverhead.load();
			long launched = System.nanoTime();
			Process server = start(url, dir, port);
			try {
				awaitHealth(port, server);
				double seconds = (System.nanoTime() - launched) / 1e9;
				Thread.sleep(5000);
				System.out.printf(
						"BENCH startup on PostgreSQL (%s, %s): healthy after %.1f s, VmRSS 5 s later %d MB; load %s -> %s%n",
						run, String.join(" ", JVM_OPTIONS), seconds, rssKb(server.pid()) / 1024, load,
						LedgerOverhead.load());
			}
			finally {
				server.destroy();
				if (!server.waitFor(60, TimeUnit.SECONDS)) {
					server.destroyForcibly();
				}
			}
		}
	}

	private static Process start(String url, Path dir, int port) throws IOException {
		List<String> cmd = new ArrayList<>();
		cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
		cmd.addAll(JVM_OPTIONS);
		cmd.addAll(List.of("-jar", JAR.toAbsolutePath().toString(), "--spring.profiles.active=postgres",
				"--server.port=" + port, "--logging.level.root=warn"));
		Map<String, String> env = new LinkedHashMap<>(PostgresServer.roles());
		env.putAll(Map.of("GXP_DB_URL", url, "GXP_ADMIN_USER", PostgresServer.ADMIN_USER, "GXP_ADMIN_PASSWORD",
				PostgresServer.ADMIN_PASSWORD, "GXP_ADMIN_NAME", "Jane Doe"));
		env.putAll(PostgresServer.PRODUCTION_SECRETS);
		env.put("GXP_AUDIT_KEYSTORE", dir.resolve("audit-key.p12").toAbsolutePath().toString());
		ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("server-" + port + ".log").toFile());
		pb.environment().putAll(env);
		return pb.start();
	}

	private static void awaitHealth(int port, Process server) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 300_000;
		while (System.currentTimeMillis() < deadline) {
			if (!server.isAlive()) {
				throw new IllegalStateException("the server ended with " + server.exitValue());
			}
			try {
				if (Http.anonymous(port).get("/actuator/health").status() == 200) {
					return;
				}
			}
			catch (IllegalStateException notYet) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("not healthy after 300 s");
	}

	private static long rssKb(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", ""));
			}
		}
		return -1;
	}

}
