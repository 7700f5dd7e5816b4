/**
 * The process-history dossier (issue 15; 11.10(b), EU Annex 11 §8, CHK-06, CHK-17,
 * CHK-18): a complete and accurate copy of one process instance, running or finished, as
 * HTML, PDF/A-3 (with the JSON embedded), CSV and JSON, with the ledger's proof over the
 * record's own entries. Every export and every view is itself recorded in the audit trail
 * with the SHA-256 of what was handed out.
 */
@ApplicationModule(displayName = "Process-history dossier",
		allowedDependencies = { "shared", "audittrail", "signature", "documents", "security" })
package org.gxpbridge.dossier;

import org.springframework.modulith.ApplicationModule;
