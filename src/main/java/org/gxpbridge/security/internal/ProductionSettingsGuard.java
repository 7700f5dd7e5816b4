package org.gxpbridge.security.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Fails closed in production: under the {@code postgres} profile the server does not
 * start with a demo or missing secret, without its audit keystore, or on an H2 database,
 * and says which setting and environment variable to set (P11-10d, P11-300, A11-7). Runs
 * on the configuration alone, before any bean, database or key is touched, so the refusal
 * changes nothing. Demo and test profiles keep their documented demo values.
 */
public final class ProductionSettingsGuard implements EnvironmentPostProcessor, Ordered {

	static final String PRODUCTION_PROFILE = "postgres";

	// the demo values documented in SignatureSettings and application.yml; named here,
	// not referenced, because the
	// signature and audit trail modules depend on this one
	static final String DEMO_CA_KEY_PASSWORD = "demo-only-ca-key-password";
	static final String DEMO_AUDIT_KEY_PASSWORD = "gxp-demo-audit-key";

	private final Log log;

	public ProductionSettingsGuard(DeferredLogFactory logs) {
		this.log = logs.getLog(ProductionSettingsGuard.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
			return;
		}
		List<String> problems = problems(environment);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("GxP Bridge refuses to start with the postgres (production) profile:\n - "
					+ String.join("\n - ", problems) + "\nSee docs/operations.md, 'Settings production must set'.");
		}
		if (environment.getProperty("gxp.audit.create-keystore", Boolean.class, false)
				&& Files.exists(keystore(environment))) {
			log.warn(
					"gxp.audit.create-keystore (GXP_AUDIT_CREATE_KEYSTORE) is still true although the audit keystore exists: "
							+ "remove it, or a lost keystore would silently be replaced by a new key");
		}
	}

	/**
	 * Everything wrong with the production settings, each naming the setting and its
	 * environment variable.
	 */
	static List<String> problems(ConfigurableEnvironment env) {
		List<String> problems = new ArrayList<>();
		String url = value(env, "spring.datasource.url");
		if (url == null) {
			problems.add("spring.datasource.url is not set: set GXP_DB_URL (jdbc:postgresql://host:5432/database)");
		}
		else if (url.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
			problems.add("spring.datasource.url is an H2 database (" + url
					+ "): production runs on PostgreSQL; set GXP_DB_URL " + "(jdbc:postgresql://host:5432/database)");
		}
		String externalCa = value(env, "gxp.signature.external-ca.pkcs12-path");
		String caPassword = value(env, "gxp.signature.ca-key-password");
		if (externalCa == null && (caPassword == null || DEMO_CA_KEY_PASSWORD.equals(caPassword))) {
			problems.add(
					"gxp.signature.ca-key-password is " + (caPassword == null ? "missing" : "the documented demo value")
							+ ": set GXP_CA_KEY_PASSWORD (or GXP_CA_PKCS12 for an external CA)");
		}
		String auditPassword = value(env, "gxp.audit.keystore-password");
		if (auditPassword == null || DEMO_AUDIT_KEY_PASSWORD.equals(auditPassword)) {
			problems.add("gxp.audit.keystore-password is "
					+ (auditPassword == null ? "missing" : "the documented demo value")
					+ ": set GXP_AUDIT_KEY_PASSWORD");
		}
		Path keystore = keystore(env);
		if (!Files.exists(keystore) && !env.getProperty("gxp.audit.create-keystore", Boolean.class, false)) {
			problems.add("the audit keystore " + keystore.toAbsolutePath()
					+ " (gxp.audit.keystore, GXP_AUDIT_KEYSTORE) does not exist. "
					+ "A new key would leave every earlier checkpoint unverifiable: restore it from the backup, or, on the first start "
					+ "of a new installation only, set GXP_AUDIT_CREATE_KEYSTORE=true (gxp.audit.create-keystore) for that start");
		}
		return problems;
	}

	private static Path keystore(ConfigurableEnvironment env) {
		String path = value(env, "gxp.audit.keystore");
		return Path.of(path == null ? "./data/audit-key.p12" : path);
	}

	/**
	 * A setting's value, or null when it is blank or refers to an environment variable
	 * that is not set.
	 */
	private static String value(ConfigurableEnvironment env, String key) {
		try {
			String v = env.getProperty(key);
			return v == null || v.isBlank() ? null : v.trim();
		}
		catch (IllegalArgumentException unresolvedPlaceholder) {
			return null;
		}
	}

	@Override
	public int getOrder() {
		// after the config data (application*.yml, profiles) is loaded
		return Ordered.LOWEST_PRECEDENCE;
	}

}
