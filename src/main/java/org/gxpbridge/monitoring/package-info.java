/**
 * Monitoring and auditing (lifecycle step 5): the risk-based internal audit programme
 * (ISO 13485 8.2.4) with its audits, checklists and findings, and corrective and
 * preventive action (21 CFR 820.100 / ISO 13485 8.5.2) from every source, cybersecurity
 * incidents included (NIST CSF RS/RC).
 */
@ApplicationModule(displayName = "Monitoring and auditing",
		allowedDependencies = { "documents", "security", "shared", "signature", "workflow" })
package org.gxpbridge.monitoring;

import org.springframework.modulith.ApplicationModule;
