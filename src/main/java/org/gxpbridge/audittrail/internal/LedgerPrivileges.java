package org.gxpbridge.audittrail.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.gxpbridge.shared.Databases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Two database roles on PostgreSQL (P11-10d, A11-12.1, CHK-04): Flyway runs as the schema
 * owner ({@code spring.flyway.user}, GXP_DB_OWNER_USER) and owns every {@code gxp_*}
 * table; after each migrate this grants the application's role
 * ({@code spring.datasource.username}, GXP_DB_USER) what it needs and no more: INSERT and
 * SELECT on the ledger tables, full DML on the other {@code gxp_*} tables, and CREATE on
 * the schema so that Camunda's schema update creates and owns the engine's ACT_* tables
 * as the application role. Runs on every start, so tables added by later migrations are
 * covered. With one role (H2, or the owner user not set) there is nothing to grant;
 * {@link LedgerPrivilegeGuard} then refuses to start on PostgreSQL.
 */
@Component
class LedgerPrivileges implements Callback {

	/**
	 * Only ever inserted; the application role may not UPDATE, DELETE or TRUNCATE them.
	 */
	static final Set<String> APPEND_ONLY = Set.of("gxp_audit_entry", "gxp_audit_seal", "gxp_audit_checkpoint",
			"gxp_audit_watermark", "gxp_audit_legal_hold", "gxp_audit_verification");

	private static final Logger log = LoggerFactory.getLogger(LedgerPrivileges.class);

	private final String applicationRole;

	LedgerPrivileges(@Value("${spring.datasource.username:}") String applicationRole) {
		this.applicationRole = applicationRole;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			Connection c = context.getConnection();
			String owner = c.getMetaData().getUserName();
			if (!Databases.isPostgres(c) || applicationRole.isBlank() || applicationRole.equalsIgnoreCase(owner)) {
				return;
			}
			String app = quote(applicationRole);
			List<String> tables = new ArrayList<>();
			try (Statement s = c.createStatement();
					var rs = s.executeQuery(
							"select tablename from pg_tables where schemaname = current_schema() and tablename like 'gxp\\_%'")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			try (Statement s = c.createStatement()) {
				s.execute("grant usage, create on schema " + quote(schema(c)) + " to " + app);
				for (String table : tables) {
					if (APPEND_ONLY.contains(table)) {
						s.execute("revoke update, delete, truncate on " + table + " from " + app);
						s.execute("grant select, insert on " + table + " to " + app);
					}
					else {
						s.execute("grant select, insert, update, delete on " + table + " to " + app);
					}
				}
				s.execute("grant usage, select on all sequences in schema " + quote(schema(c)) + " to " + app);
			}
			log.info("Granted database role {} INSERT/SELECT only on the audit ledger ({} gxp_* tables owned by {})",
					applicationRole, tables.size(), owner);
		}
		catch (SQLException e) {
			throw new IllegalStateException(
					"Could not grant the application role " + applicationRole + " its privileges: " + e.getMessage(),
					e);
		}
	}

	@Override
	public String getCallbackName() {
		return "gxp-ledger-privileges";
	}

	private static String schema(Connection c) throws SQLException {
		try (Statement s = c.createStatement(); var rs = s.executeQuery("select current_schema()")) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
