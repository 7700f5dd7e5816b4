package org.gxpbridge.shared;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which database the server runs on, for the few statements that differ between the
 * production database (PostgreSQL) and the embedded demo and test database (H2): locks
 * and their timeouts, roles and privileges.
 */
public final class Databases {

	private Databases() {
	}

	/** Whether this connection's database is PostgreSQL. */
	public static boolean isPostgres(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
	}

	/** Whether the template's database is PostgreSQL (asks one pooled connection). */
	public static boolean isPostgres(JdbcTemplate jdbc) {
		return Boolean.TRUE.equals(jdbc.execute((Connection c) -> isPostgres(c)));
	}

}
