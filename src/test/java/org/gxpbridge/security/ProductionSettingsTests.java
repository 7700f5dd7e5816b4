package org.gxpbridge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.AbstractThrowableAssert;
import org.gxpbridge.GxpBridgeApplication;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Issue 9 item 8: under the postgres (production) profile the server refuses to start
 * with a demo or missing secret, without its audit keystore, or on H2, and names the
 * setting and environment variable (P11-10d, P11-300, A11-7). The check runs on the
 * configuration before any bean exists, so no PostgreSQL is needed: the URL points
 * nowhere.
 */
class ProductionSettingsTests {

	@TempDir
	Path dir;

	/**
	 * Settings an operator would give a production start, all good; each test spoils one.
	 */
	Map<String, String> production() throws IOException {
		Path keystore = Files.createFile(dir.resolve("audit-key.p12"));
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("GXP_DB_URL", "jdbc:postgresql://127.0.0.1:1/not-reached");
		settings.put("GXP_DB_USER", "gxp");
		settings.put("GXP_DB_PASSWORD", "db-secret");
		settings.put("GXP_CA_KEY_PASSWORD", "a-real-ca-key-password-2026");
		settings.put("GXP_AUDIT_KEY_PASSWORD", "a-real-audit-key-password-2026");
		settings.put("GXP_AUDIT_KEYSTORE", keystore.toString());
		return settings;
	}

	AbstractThrowableAssert<?, ? extends Throwable> assertRefusedStart(Map<String, String> settings) {
		String[] args = settings.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		// no web server and a private engine name: nothing static that the shared test
		// server registered is touched
		SpringApplicationBuilder app = new SpringApplicationBuilder(GxpBridgeApplication.class).profiles("postgres")
			.properties("spring.main.web-application-type=none", "camunda.bpm.process-engine-name=production-guard",
					"logging.level.root=off");
		return assertThatThrownBy(() -> app.run(args).close())
			.hasMessageContaining("refuses to start with the postgres (production) profile");
	}

	@Test
	@Verifies({ "P11-10d", "A11-7" })
	void refusesPostgresStartWithDemoCaPassword() throws IOException {
		Map<String, String> settings = production();
		settings.remove("GXP_CA_KEY_PASSWORD");
		assertRefusedStart(settings).hasMessageContaining("gxp.signature.ca-key-password is the documented demo value")
			.hasMessageContaining("GXP_CA_KEY_PASSWORD")
			.hasMessageNotContaining("GXP_AUDIT_KEY_PASSWORD");
		settings.put("GXP_CA_KEY_PASSWORD", "");
		assertRefusedStart(settings).hasMessageContaining("gxp.signature.ca-key-password is missing");
	}

	@Test
	@Verifies({ "P11-10d", "A11-7" })
	void refusesPostgresStartWithDemoAuditKeyPassword() throws IOException {
		Map<String, String> settings = production();
		settings.put("GXP_AUDIT_KEY_PASSWORD", "gxp-demo-audit-key");
		assertRefusedStart(settings).hasMessageContaining("gxp.audit.keystore-password is the documented demo value")
			.hasMessageContaining("GXP_AUDIT_KEY_PASSWORD");
		settings.remove("GXP_AUDIT_KEY_PASSWORD");
		assertRefusedStart(settings).hasMessageContaining("gxp.audit.keystore-password is the documented demo value");
	}

	@Test
	@Verifies({ "P11-10d", "A11-7" })
	void refusesPostgresStartWithoutTheAuditKeystore() throws IOException {
		Map<String, String> settings = production();
		Path missing = dir.resolve("lost/audit-key.p12");
		settings.put("GXP_AUDIT_KEYSTORE", missing.toString());
		assertRefusedStart(settings)
			.hasMessageContaining("the audit keystore " + missing.toAbsolutePath()
					+ " (gxp.audit.keystore, GXP_AUDIT_KEYSTORE)" + " does not exist")
			.hasMessageContaining("GXP_AUDIT_CREATE_KEYSTORE=true");
		assertThat(missing).as("nothing was created").doesNotExist();
	}

	@Test
	@Verifies({ "P11-10d", "A11-7" })
	void refusesPostgresStartOnH2OrWithoutADatabaseUrl() throws IOException {
		Map<String, String> settings = production();
		settings.put("GXP_DB_URL", "jdbc:h2:mem:not-production");
		assertRefusedStart(settings).hasMessageContaining("spring.datasource.url is an H2 database")
			.hasMessageContaining("GXP_DB_URL");
		settings.remove("GXP_DB_URL");
		assertRefusedStart(settings).hasMessageContaining("spring.datasource.url is not set: set GXP_DB_URL");
	}

	@Test
	@Verifies({ "P11-10d", "A11-7" })
	void namesEveryProblemAtOnce() {
		assertRefusedStart(Map.of()).hasMessageContaining("GXP_DB_URL")
			.hasMessageContaining("GXP_CA_KEY_PASSWORD")
			.hasMessageContaining("GXP_AUDIT_KEY_PASSWORD");
	}

	@Test
	@Verifies({ "P11-10d", "A11-7" })
	void letsAFirstStartCreateTheKeystoreOnlyWhenAskedTo() throws IOException {
		Map<String, String> settings = production();
		settings.put("GXP_AUDIT_KEYSTORE", dir.resolve("new/audit-key.p12").toString());
		settings.put("GXP_AUDIT_CREATE_KEYSTORE", "true");
		// passes the guard and fails later, at the database that is not there
		String[] args = settings.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		SpringApplicationBuilder app = new SpringApplicationBuilder(GxpBridgeApplication.class).profiles("postgres")
			.properties("spring.main.web-application-type=none", "camunda.bpm.process-engine-name=production-guard",
					"logging.level.root=off", "spring.datasource.hikari.initialization-fail-timeout=1",
					"spring.datasource.hikari.connection-timeout=250");
		assertThatThrownBy(() -> app.run(args).close()).hasMessageNotContaining("refuses to start with the postgres");
	}

}
