package org.gxpbridge.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Makes the upgrade fixture (CHK-21): runs a previous release's packaged jar on the
 * embedded PostgreSQL with production settings, walks a document approval with two
 * signatures, stops it and keeps {@code pg_dump -Fc} of its database, its audit key and a
 * manifest (schema versions with checksums, row counts, the signed record) in
 * {@code src/test/resources/upgrade/}. {@code UpgradeIntegrityIT} then starts the current
 * build on that database. Run it once per release, from the release's jar:
 *
 * <pre>
 * git worktree add --detach /tmp/release &lt;release commit&gt; &amp;&amp; (cd /tmp/release &amp;&amp; ./mvnw -q package -DskipTests)
 * ./mvnw -q test-compile &amp;&amp; java -cp "target/test-classes:target/classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *   org.gxpbridge.support.UpgradeFixture /tmp/release/target/gxp-bridge.jar &lt;release name&gt;
 * </pre>
 */
public final class UpgradeFixture {

	/** The fixture the build tests against: the release before this one. */
	public static final String RELEASE = "release-2026-11-30-568da91";

	public static final Path DIR = Path.of("src/test/resources/upgrade");

	static final String PASSWORD = "Release-Passw0rd-2026";

	static final String DOCUMENT = "SOP-REL-1";

	private UpgradeFixture() {
	}

	public static Path dump(String release) {
		return DIR.resolve(release + ".dump");
	}

	public static Path auditKey(String release) {
		return DIR.resolve(release + "-audit-key.p12");
	}

	public static JsonNode manifest(String release) {
		try {
			return new ObjectMapper().readTree(DIR.resolve(release + ".json").toFile());
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		String release = args[1];
		String database = "gxp_release";
		String url = PostgresServer.newDatabase(database);
		Path work = Files.createDirectories(Path.of("target/upgrade-fixture"));
		Path key = work.resolve("audit-key.p12");
		Files.deleteIfExists(key);
		int port = TestPorts.free();
		List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-jar", jar.toAbsolutePath().toString(), "--spring.profiles.active=postgres", "--server.port=" + port,
				"--logging.level.root=warn", "--gxp.audit.seal-interval=PT2S");
		ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("server.log").toFile());
		Map<String, String> env = pb.environment();
		env.putAll(PostgresServer.roles());
		env.putAll(Map.of("GXP_DB_URL", url, "GXP_ADMIN_USER", PostgresServer.ADMIN_USER, "GXP_ADMIN_PASSWORD",
				PostgresServer.ADMIN_PASSWORD, "GXP_ADMIN_NAME", "Jane Doe"));
		env.putAll(PostgresServer.PRODUCTION_SECRETS);
		env.put("GXP_AUDIT_KEYSTORE", key.toAbsolutePath().toString());
		Process server = pb.start();
		try {
			awaitHealth(port, server);
			String pi = approveADocument(port);
			awaitSealed(port);
			Map<String, Object> manifest = new LinkedHashMap<>();
			manifest.put("release", release);
			manifest.put("processInstanceId", pi);
			manifest.put("documentNumber", DOCUMENT);
			manifest.put("signerPassword", PASSWORD);
			manifest.put("madeAt", Instant.now().toString());
			server.destroy();
			server.waitFor(60, TimeUnit.SECONDS);
			manifest.putAll(facts(url, pi));
			Files.createDirectories(DIR);
			PgTools.dump(database, dump(release));
			Files.copy(key, auditKey(release), StandardCopyOption.REPLACE_EXISTING);
			new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
				.writeValue(DIR.resolve(release + ".json").toFile(), manifest);
			System.out.println("fixture written: " + dump(release));
		}
		finally {
			server.destroyForcibly();
		}
		System.exit(0);
	}

	static String approveADocument(int port) throws InterruptedException {
		Http admin = Http.as(port, PostgresServer.ADMIN_USER, PostgresServer.ADMIN_PASSWORD);
		for (String[] u : new String[][] { { "relauthor", "PROCESS_OWNER" }, { "relreviewer", "REVIEWER" },
				{ "relapprover", "APPROVER" } }) {
			expect(admin.post("/api/admin/users", Map.of("userId", u[0], "fullName", "Release " + u[0], "email",
					u[0] + "@example.com", "roles", List.of(u[1]), "initialPassword", "Initial-Passw0rd!")), 201);
			expect(Http.as(port, u[0], "Initial-Passw0rd!")
				.post("/api/account/password", Map.of("currentPassword", "Initial-Passw0rd!", "newPassword", PASSWORD)),
					200);
		}
		Http author = Http.as(port, "relauthor", PASSWORD);
		String pi = author.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start",
				Map.of("businessKey", DOCUMENT, "variables",
						Map.of("documentNumber", Map.of("value", DOCUMENT), "documentTitle",
								Map.of("value", "Backup and restore"), "documentVersion", Map.of("value", "1.0"),
								"changeSummary", Map.of("value", "first issue"))))
			.json()
			.get("id")
			.asText();
		sign(port, "relreviewer", pi, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"));
		sign(port, "relapprover", pi, "APPROVED", Map.of("approvalOutcome", "APPROVED"));
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (!author.get("/api/controlled-documents").json().findValuesAsText("documentNumber").contains(DOCUMENT)) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("the release job did not make " + DOCUMENT + " effective");
			}
			Thread.sleep(500);
		}
		return pi;
	}

	static void sign(int port, String user, String pi, String meaning, Map<String, Object> variables) {
		Http as = Http.as(port, user, PASSWORD);
		String task = as.get("/engine-rest/task?processInstanceId=" + pi).json().get(0).get("id").asText();
		expect(as.post("/api/tasks/" + task + "/sign",
				Map.of("meaning", meaning, "password", PASSWORD, "variables", variables)), 200);
	}

	static void awaitSealed(int port) throws InterruptedException {
		Http admin = Http.as(port, PostgresServer.ADMIN_USER, PostgresServer.ADMIN_PASSWORD);
		// each verification is itself audited: wait until everything the walk wrote is
		// sealed
		long written = admin.get("/api/audit/verify").json().path("entries").asLong();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (Instant.now().isBefore(deadline)) {
			Thread.sleep(2000);
			JsonNode verify = admin.get("/api/audit/verify").json();
			if (verify.path("intact").asBoolean() && verify.path("sealedEntries").asLong() >= written) {
				return;
			}
		}
		throw new IllegalStateException("the ledger was not sealed and intact within a minute");
	}

	static Map<String, Object> facts(String url, String pi) throws SQLException {
		Map<String, Object> facts = new LinkedHashMap<>();
		try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
			facts.put("schemaVersions", rows(c, "select version, script, checksum from gxp_schema_history "
					+ "where success and version is not null order by installed_rank"));
			Map<String, Object> counts = new TreeMap<>();
			for (Map<String, Object> t : rows(c, "select table_name from information_schema.tables "
					+ "where table_schema = 'public' and table_type = 'BASE TABLE'")) {
				String table = (String) t.get("table_name");
				counts.put(table, rows(c, "select count(*) as n from " + table).get(0).get("n"));
			}
			facts.put("rowCounts", counts);
			facts.put("signatures", rows(c, "select id, signer_id, meaning, record_digest from gxp_signature "
					+ "where process_instance_id = '" + pi + "' order by signed_at"));
			facts.put("ledgerEntries", rows(c, "select count(*) as n from gxp_audit_entry").get(0).get("n"));
		}
		return facts;
	}

	static List<Map<String, Object>> rows(Connection c, String sql) throws SQLException {
		List<Map<String, Object>> rows = new ArrayList<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				Map<String, Object> row = new LinkedHashMap<>();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
				}
				rows.add(row);
			}
		}
		return rows;
	}

	static void awaitHealth(int port, Process server) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
		while (Instant.now().isBefore(deadline)) {
			if (!server.isAlive()) {
				throw new IllegalStateException("the release's server ended; see target/upgrade-fixture/server.log");
			}
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
		throw new IllegalStateException("the release's server did not become healthy");
	}

	static void expect(Http.Response r, int status) {
		if (r.status() != status) {
			throw new IllegalStateException("expected " + status + " but got " + r.status() + ": " + r.body());
		}
	}

}
