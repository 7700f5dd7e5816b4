/**
 * Monitoring and auditing (lifecycle step 5): the risk-based internal audit programme
 * (ISO 13485 8.2.4) with its audits, checklists and findings, corrective and preventive
 * action (21 CFR 820.100 / ISO 13485 8.5.2) from every source, cybersecurity incidents
 * included (NIST CSF RS/RC), and the periodic review of the audit trail per record type
 * and of administrator activity (EU Annex 11 §9, CHK-25), its findings raised as
 * deviations.
 */
@ApplicationModule(displayName = "Monitoring and auditing", allowedDependencies = { "audittrail", "documents",
		"regulation", "reports", "security", "shared", "signature", "workflow" })
package org.gxpbridge.monitoring;

import org.springframework.modulith.ApplicationModule;
