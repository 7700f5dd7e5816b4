package org.gxpbridge.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gxpbridge.signature.OpenSsl;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.PostgresServer;
import org.gxpbridge.support.UpgradeFixture;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CHK-21, upgrade integrity: the shared PostgreSQL server started on a database that the
 * previous release made ({@link UpgradeFixture}: a document approved with two signatures,
 * restored with pg_restore) has migrated it to this build's schema; the release's scripts
 * are unchanged, a migration report was written and entered into the ledger, the ledger
 * verifies, and the release's signed record and signatures verify unchanged, by the
 * server and by openssl.
 */
@Tag("shared-postgres")
@Verifies({ "A11-17", "CHK-21" })
class UpgradeIntegrityIT {

	static final JsonNode MANIFEST = UpgradeFixture.manifest(UpgradeFixture.RELEASE);

	static ConfigurableApplicationContext server;

	static int port;

	static JdbcTemplate jdbc;

	@BeforeAll
	static void start() {
		server = PostgresServer.shared();
		port = PostgresServer.port(server);
		jdbc = server.getBean(JdbcTemplate.class);
		Http admin = admin();
		assertThat(
				admin
					.post("/api/admin/users",
							Map.of("userId", "uaudit", "fullName", "Uwe Auditor", "email", "uaudit@example.com",
									"roles", List.of("AUDITOR"), "initialPassword", "Initial-Pass-2026!"))
					.status())
			.isEqualTo(201);
		assertThat(Http.as(port, "uaudit", "Initial-Pass-2026!")
			.post("/api/account/password",
					Map.of("currentPassword", "Initial-Pass-2026!", "newPassword", "Auditor-Secret-2026!"))
			.status()).isEqualTo(200);
	}

	@Test
	void theReleasesScriptsAreUnchangedAndThisBuildsScriptsRanAfterThem() {
		List<Map<String, Object>> history = jdbc
			.queryForList("select version, script, checksum from gxp_schema_history "
					+ "where success and version is not null order by installed_rank");
		JsonNode released = MANIFEST.get("schemaVersions");
		assertThat(history).hasSizeGreaterThan(released.size());
		for (int i = 0; i < released.size(); i++) {
			JsonNode r = released.get(i);
			Map<String, Object> now = history.get(i);
			assertThat(now.get("version")).as("script %s", r.get("script").asText())
				.isEqualTo(r.get("version").asText());
			assertThat(now.get("checksum")).as("a released migration is never edited: " + r.get("script").asText())
				.isEqualTo(r.get("checksum").asInt());
		}
	}

	@Test
	void theUpgradeWroteAMigrationReportAndALedgerEntryWithItsHash() throws Exception {
		List<String> hashes = jdbc
			.queryForList("select content_hash from gxp_audit_entry where action = 'SCHEMA_MIGRATED'", String.class);
		assertThat(hashes).as("one upgrade, one ledger entry").hasSize(1);
		Path report;
		try (Stream<Path> files = Files.list(PostgresServer.REPORT_DIR)) {
			// earlier builds may have left reports of their own upgrades beside it
			report = files.filter(p -> p.getFileName().toString().startsWith("schema-migration-"))
				.filter(p -> sha256(p).equals(hashes.get(0)))
				.findFirst()
				.orElseThrow(() -> new AssertionError(
						"no migration report in " + PostgresServer.REPORT_DIR + " has the ledger's hash"));
		}
		JsonNode json = new ObjectMapper().readTree(report.toFile());
		JsonNode released = MANIFEST.get("schemaVersions");
		assertThat(json.get("fromVersion").asText())
			.isEqualTo(released.get(released.size() - 1).get("version").asText());
		String newest = jdbc.queryForObject(
				"select version from gxp_schema_history where installed_rank = "
						+ "(select max(installed_rank) from gxp_schema_history where version is not null)",
				String.class);
		assertThat(json.get("toVersion").asText()).isEqualTo(newest);
		assertThat(json.get("scripts")).isNotEmpty();
		assertThat(json.get("scripts").findValuesAsText("checksum")).doesNotContainNull();
		assertThat(json.get("ledgerIntact").asBoolean()).as(json.toString()).isTrue();
	}

	static String sha256(Path file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void theLedgerVerifiesAcrossTheUpgrade() {
		JsonNode verify = admin().get("/api/audit/verify?full=true").json();
		assertThat(verify.get("intact").asBoolean()).as(verify.toString()).isTrue();
		assertThat(verify.get("entries").asLong()).isGreaterThan(MANIFEST.get("ledgerEntries").asLong());
	}

	@Test
	void theReleasesSignedRecordAndSignaturesVerifyUnchanged() throws Exception {
		Http auditor = Http.as(port, "uaudit", "Auditor-Secret-2026!");
		String caPem = auditor.get("/api/pki/ca.pem").body();
		for (JsonNode s : MANIFEST.get("signatures")) {
			String id = s.get("id").asText();
			JsonNode now = auditor.get("/api/signatures/" + id).json();
			assertThat(now.get("valid").asBoolean()).as(now.toString()).isTrue();
			assertThat(now.get("recordChangedSinceSigning").asBoolean()).as(now.toString()).isFalse();
			Map<String, Object> row = jdbc
				.queryForMap("select record_digest, content, cms from gxp_signature where id = ?", id);
			assertThat(row.get("record_digest")).isEqualTo(s.get("record_digest").asText());
			assumeTrue(OpenSsl.present(), "openssl is not installed");
			OpenSsl.Result openssl = OpenSsl.verify(caPem, (byte[]) row.get("cms"), (byte[]) row.get("content"));
			assertThat(openssl.exitCode()).as(openssl.output()).isZero();
		}
		String pi = MANIFEST.get("processInstanceId").asText();
		JsonNode dossier = auditor.get("/api/reports/process-instances/" + pi + "?format=json").json();
		assertThat(dossier.path("proof").path("intact").asBoolean()).as(dossier.path("proof").toString()).isTrue();
		assertThat(auditor.get("/api/controlled-documents").json().findValuesAsText("documentNumber"))
			.contains(MANIFEST.get("documentNumber").asText());
	}

	@Test
	void aSignerOfTheReleaseSignsAgainOnlyOnceTheIdentityVerificationIsRecorded() {
		// 11.100(b), CHK-14: the release before had no identity-verification record; the
		// upgrade keeps the signer's keys but not the right to sign without one
		String password = MANIFEST.get("signerPassword").asText();
		Http author = Http.as(port, "relauthor", password);
		String pi = author
			.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start", Map.of("businessKey",
					"SOP-REL-2", "variables", Http.vars("documentNumber", "SOP-REL-2", "documentTitle", "Restore test",
							"documentVersion", "1.0", "changeSummary", "after the upgrade")))
			.json()
			.get("id")
			.asText();
		Http reviewer = Http.as(port, "relreviewer", password);
		String task = reviewer.get("/engine-rest/task?processInstanceId=" + pi).json().get(0).get("id").asText();
		Map<String, Object> sign = Map.of("meaning", "REVIEWED", "password", password, "variables",
				Map.of("reviewOutcome", "ACCEPTED"));
		Http.Response refused = reviewer.post("/api/tasks/" + task + "/sign", sign);
		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		assertThat(refused.body()).contains("identity_not_verified");
		assertThat(admin()
			.post("/api/admin/users/relreviewer/identity-verification",
					Map.of("method", "HR_RECORD", "reference", "re-verified after the upgrade"))
			.status()).isEqualTo(201);
		assertThat(reviewer.post("/api/tasks/" + task + "/sign", sign).status()).isEqualTo(200);
	}

	static Http admin() {
		return Http.as(port, PostgresServer.ADMIN_USER, PostgresServer.ADMIN_PASSWORD);
	}

}
