/**
 * Operations (issue 16): what the IT person who runs the server watches and what an API
 * client reads first. The clock check against the database (CHK-05) and the OpenAPI
 * description of {@code /api/**}, and the schema migration report of an upgrade (CHK-21),
 * which verifies the ledger afterwards. The periodic restore test (CHK-20,
 * BackupVerificationProcess): the restore report of a restored database checked against
 * the live ledger, recorded and approved with a signature. Each other module publishes
 * its own meters and health components from its internal package; this module imports
 * none of them.
 */
@ApplicationModule(displayName = "Operations",
		allowedDependencies = { "shared", "audittrail", "signature", "security", "workflow" })
package org.gxpbridge.operations;

import org.springframework.modulith.ApplicationModule;
