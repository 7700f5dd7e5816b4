/**
 * Risk management (lifecycle step 3, ISO 14971:2019, FDA 2016 postmarket cybersecurity,
 * IEC 62304 §4.3): the risk register with safety and cybersecurity risks, their
 * evaluation through the decision tables of reference/regulatory.md §6, versions and
 * dated snapshots, and {@code RiskAssessmentProcess}.
 */
@ApplicationModule(displayName = "Risk management",
		allowedDependencies = { "reports", "security", "shared", "signature", "workflow" })
package org.gxpbridge.risk;

import org.springframework.modulith.ApplicationModule;
