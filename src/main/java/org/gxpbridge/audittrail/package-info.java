/**
 * The tamper-evident audit trail (P11-10e, A11-9, CHK-01..05, CHK-19): every engine
 * history event and every security, signature, document, export and configuration event
 * in one append-only ledger, hash-chained and signed by a sealer, verified against the
 * engine history, exportable as a signed bundle.
 */
@ApplicationModule(displayName = "Audit trail")
package org.gxpbridge.audittrail;

import org.springframework.modulith.ApplicationModule;
