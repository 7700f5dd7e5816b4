/**
 * The tamper-evident audit trail (P11-10e, A11-9, CHK-01..05, CHK-19): every engine
 * history event and every security, signature, document, export and configuration event
 * in one append-only ledger, hash-chained and signed by a sealer, verified against the
 * engine history, exportable as a signed bundle. It sits below the other modules: they
 * publish events that implement {@link org.gxpbridge.shared.AuditableEvent}, and it knows
 * none of them.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = { "shared", "security" })
package org.gxpbridge.audittrail;

import org.springframework.modulith.ApplicationModule;
