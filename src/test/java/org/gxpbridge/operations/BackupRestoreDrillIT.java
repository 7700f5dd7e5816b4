package org.gxpbridge.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.documents.DocumentClient;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
import org.gxpbridge.signature.OpenSsl;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.signature.SignaturesVerified;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.PgTools;
import org.gxpbridge.support.PostgresServer;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The backup and restore drill (EU Annex 11 §7.2, CHK-20), as docs/operations.md tells
 * the operator to run it: {@code pg_dump -Fc} of the running server's database,
 * {@code pg_restore} into an empty database, and then checks that need nothing of the
 * original: the same rows in every table, every stored document matches its SHA-256,
 * every signature verifies with openssl against the restored CA certificate, and this
 * build's {@code audit verify} command finds the restored ledger intact.
 */
@Tag("shared-postgres")
class BackupRestoreDrillIT {

	static final Path DIR = Path.of("target", "backup-drill");

	static final Path JAR = Path.of("target", "gxp-bridge.jar");

	@Test
	@Verifies({ "A11-7", "CHK-20" })
	void aRestoredBackupHoldsEveryRecordAndVerifiesOnItsOwn() throws Exception {
		assumeTrue(PgTools.present(), "pg_dump and pg_restore are not installed (postgresql-client)");
		ConfigurableApplicationContext server = PostgresServer.shared();
		server.getBean(Accounts.class)
			.createSeedAccount(new NewAccount("drillqm", "Dora Drill", "drillqm@gxp-bridge.test",
					Set.of(Role.QUALITY_MANAGER), "Quality-Pass-2026!", null), false, false);
		DocumentClient qm = new DocumentClient(PostgresServer.port(server), "drillqm", "Quality-Pass-2026!");
		DocumentClient.Reply upload = qm.upload("restore-drill.txt",
				"Restore drill evidence: every byte comes back.".getBytes(StandardCharsets.UTF_8));
		assertThat(upload.status()).as(upload.text()).isEqualTo(201);
		server.getBean(AuditLedger.class).seal();

		String source = url("gxp_shared");
		Map<String, Long> before = counts(source);
		Files.createDirectories(DIR);
		Path dump = DIR.resolve("gxp_shared.dump");
		PgTools.dump("gxp_shared", dump);
		Map<String, Long> after = counts(source);
		String restored = PostgresServer.newDatabase("gxp_restored");
		PgTools.restore(dump, "gxp_restored");
		Map<String, Long> back = counts(restored);

		assertThat(back.keySet()).as("every table comes back").isEqualTo(before.keySet());
		List<String> movedDuringTheDump = new ArrayList<>();
		before.forEach((table, n) -> {
			if (n.equals(after.get(table))) {
				assertThat(back.get(table)).as("rows of %s", table).isEqualTo(n);
			}
			else {
				movedDuringTheDump.add(table);
			}
		});
		assertThat(movedDuringTheDump).as("the records did not move while the dump ran")
			.doesNotContain("gxp_signature", "gxp_document", "gxp_document_content", "gxp_user",
					"gxp_controlled_document");
		assertThat(back.get("gxp_signature")).as("the release's signatures at least").isPositive();

		assertThat(documentsWhoseBytesDifferFromTheirHash(restored)).isEmpty();
		assertThat(signaturesThatOpensslRefuses(restored)).isEmpty();
		assertThat(auditVerify(restored)).as("audit verify on the restored database (log in %s)", DIR).isZero();

		// the periodic restore test records this drill with facts, not claims: the jar's
		// restore report of the restored database, checked against the live ledger
		// other shared-server tests leave signatures invalid on purpose (records changed
		// since signing); a restore must reproduce exactly the live verdicts
		SignaturesVerified live = server.getBean(Signatures.class).verifyAll();
		Path report = DIR.resolve("restore-report.json");
		assertThat(
				jar(restored, "restore-report.log", "restore", "report", "--out", report.toAbsolutePath().toString()))
			.as("restore report on the restored database (log in %s)", DIR)
			.isEqualTo(live.failed().isEmpty() ? 0 : 1);
		JsonNode written = new ObjectMapper().readTree(Files.readString(report));
		List<String> restoredFailures = new ArrayList<>();
		written.path("signaturesFailed").forEach(f -> restoredFailures.add(f.asText()));
		assertThat(restoredFailures).as("the same signatures fail after the restore as on the live database")
			.containsExactlyInAnyOrderElementsOf(live.failed());
		assertThat(written.path("ledgerIntact").asBoolean()).isTrue();
		int port = PostgresServer.port(server);
		server.getBean(Accounts.class)
			.createSeedAccount(new NewAccount("drillops", "Otto Operator", "drillops@gxp-bridge.test",
					Set.of(Role.IT_SECURITY), "Security-Pass-2026!", null), false, false);
		Http admin = Http.as(port, "drillops", "Security-Pass-2026!");
		Http.Response started = admin.post("/engine-rest/process-definition/key/BackupVerificationProcess/start",
				Map.of("businessKey", "RT-DRILL-" + System.nanoTime()));
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		String pi = started.json().get("id").asText();
		String testId = null;
		for (long deadline = System.currentTimeMillis() + 120_000; testId == null
				&& System.currentTimeMillis() < deadline; Thread.sleep(500)) {
			for (JsonNode t : admin.get("/api/operations/restore-tests").json()) {
				if (pi.equals(t.path("processInstanceId").asText())) {
					testId = t.path("testId").asText();
				}
			}
		}
		assertThat(testId).as("the restore test record of %s", pi).isNotNull();
		String json = Files.readString(report);
		String hash = new ObjectMapper().readTree(json).path("chainHash").asText();
		String otherHash = (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1);
		Http.Response forged = admin.postRaw("/api/operations/restore-tests/" + testId + "/report", "application/json",
				json.replace(hash, otherHash));
		assertThat(forged.status()).as("a report that is not a prefix of the live ledger: %s", forged.body())
			.isEqualTo(422);
		Http.Response accepted = admin.postRaw("/api/operations/restore-tests/" + testId + "/report",
				"application/json", json);
		if (!live.failed().isEmpty()) {
			// a restore test is accepted only when every restored signature verifies
			assertThat(accepted.status()).as(accepted.body()).isEqualTo(422);
			assertThat(accepted.body()).contains("restored_signatures_invalid", live.failed().get(0));
			return;
		}
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().path("ledgerIntact").asBoolean()).isTrue();
		assertThat(accepted.json().path("signaturesVerified").asLong())
			.isEqualTo(accepted.json().path("signatures").asLong())
			.isPositive();
	}

	static List<String> documentsWhoseBytesDifferFromTheirHash(String url) throws Exception {
		List<String> differing = new ArrayList<>();
		int checked = 0;
		try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select d.id, d.sha256, c.content from gxp_document d "
						+ "join gxp_document_content c on c.document_id = d.id")) {
			while (rs.next()) {
				checked++;
				String sha256 = HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(rs.getBytes("content")));
				if (!sha256.equals(rs.getString("sha256"))) {
					differing.add(rs.getString("id"));
				}
			}
		}
		assertThat(checked).as("documents checked").isPositive();
		return differing;
	}

	static List<String> signaturesThatOpensslRefuses(String url) throws Exception {
		assumeTrue(OpenSsl.present(), "openssl is not installed");
		List<String> refused = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
				Statement s = c.createStatement();
				ResultSet ca = s.executeQuery("select certificate from gxp_signature_ca")) {
			assertThat(ca.next()).as("the restored CA certificate").isTrue();
			String caPem = "-----BEGIN CERTIFICATE-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
						.encodeToString(ca.getBytes("certificate"))
					+ "\n-----END CERTIFICATE-----\n";
			try (Statement s2 = c.createStatement();
					ResultSet rs = s2.executeQuery("select id, content, cms from gxp_signature")) {
				while (rs.next()) {
					OpenSsl.Result r = OpenSsl.verify(caPem, rs.getBytes("cms"), rs.getBytes("content"));
					if (r.exitCode() != 0) {
						refused.add(rs.getString("id") + ": " + r.output());
					}
				}
			}
		}
		return refused;
	}

	/** This build's jar, run as the operator runs it against the restored database. */
	static int auditVerify(String url) throws Exception {
		return jar(url, "audit-verify.log", "audit", "verify");
	}

	static int jar(String url, String log, String... command) throws Exception {
		assertThat(JAR).exists();
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-jar", JAR.toAbsolutePath().toString()));
		cmd.addAll(List.of(command));
		cmd.add("--spring.profiles.active=postgres");
		ProcessBuilder pb = new ProcessBuilder(cmd).directory(DIR.toFile())
			.redirectErrorStream(true)
			.redirectOutput(DIR.resolve(log).toFile());
		pb.environment().putAll(PostgresServer.roles());
		pb.environment().putAll(PostgresServer.PRODUCTION_SECRETS);
		pb.environment()
			.putAll(Map.of("GXP_DB_URL", url, "GXP_ADMIN_USER", PostgresServer.ADMIN_USER, "GXP_ADMIN_PASSWORD",
					PostgresServer.ADMIN_PASSWORD, "GXP_ADMIN_NAME", "Jane Doe", "GXP_AUDIT_CREATE_KEYSTORE", "false"));
		Process p = pb.start();
		assertThat(p.waitFor(4, TimeUnit.MINUTES)).as("%s finished", List.of(command)).isTrue();
		return p.exitValue();
	}

	static String url(String database) {
		return "jdbc:postgresql://localhost:" + PostgresServer.cluster().getPort() + "/" + database;
	}

	static Map<String, Long> counts(String url) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
			List<String> tables = new ArrayList<>();
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
							+ "where table_schema = 'public' and table_type = 'BASE TABLE'")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			for (String table : tables) {
				try (Statement s = c.createStatement();
						ResultSet rs = s.executeQuery("select count(*) from " + table)) {
					rs.next();
					counts.put(table, rs.getLong(1));
				}
			}
		}
		return counts;
	}

}
