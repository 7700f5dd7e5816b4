package org.gxpbridge.audittrail.internal;

import java.util.List;

import org.gxpbridge.shared.Databases;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The server does not run on PostgreSQL as a role that could UPDATE, DELETE or TRUNCATE
 * the ledger (CHK-04): a superuser, the tables' owner, or a role granted those
 * privileges. Set GXP_DB_OWNER_USER / GXP_DB_OWNER_PASSWORD to the schema owner and
 * GXP_DB_USER to the application role (docs/operations.md). Only the running server is
 * checked; the read-only {@code audit verify} command may run as any role.
 */
@Component
@ConditionalOnWebApplication
@DependsOn("flywayInitializer")
class LedgerPrivilegeGuard {

	LedgerPrivilegeGuard(JdbcTemplate jdbc) {
		boolean postgres = Databases.isPostgres(jdbc);
		if (!postgres) {
			return; // H2 is the demo and test database, a file only the server process
					// opens
		}
		List<String> writable = LedgerPrivileges.APPEND_ONLY.stream()
			.sorted()
			.filter(table -> Boolean.TRUE.equals(jdbc.queryForObject(
					"select has_table_privilege(current_user, ?, 'UPDATE') or has_table_privilege(current_user, ?, 'DELETE') "
							+ "or has_table_privilege(current_user, ?, 'TRUNCATE')",
					Boolean.class, table, table, table)))
			.toList();
		if (!writable.isEmpty()) {
			String role = jdbc.queryForObject("select current_user", String.class);
			throw new IllegalStateException("Refusing to start: database role " + role
					+ " can UPDATE, DELETE or TRUNCATE the audit ledger " + writable
					+ ". Run the server as an application role and the migrations as the schema owner "
					+ "(GXP_DB_USER / GXP_DB_OWNER_USER, see docs/operations.md); 21 CFR 11.10(e), CHK-04");
		}
	}

}
