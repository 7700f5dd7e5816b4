package org.gxpbridge.operations;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * This start of the server moved an existing database from one schema version to a newer
 * one (an upgrade, CHK-21). The ledger records it with the report's SHA-256, so the
 * report handed to the quality unit can be matched to the upgrade it describes.
 *
 * @param fromVersion the schema version the database had
 * @param toVersion the schema version it has now
 * @param scripts how many migration scripts ran
 * @param ledgerIntact whether the whole ledger verified after the migration
 * @param reportSha256 SHA-256 of the JSON report written to the report directory
 */
public record SchemaMigrated(String fromVersion, String toVersion, int scripts, boolean ledgerIntact,
		String reportSha256) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.bySystem("SCHEMA_MIGRATED", "DatabaseSchema", "gxp_schema_history")
			.withChange("version", fromVersion, toVersion)
			.withReason(scripts + " migration script(s) applied; ledger verified afterwards: "
					+ (ledgerIntact ? "intact" : "BROKEN"))
			.withContentHash(reportSha256);
	}

}
