/**
 * Monitoring and auditing (lifecycle step 5): periodic review of the audit trail per
 * record type and of administrator activity (EU Annex 11 §9, CHK-25), findings raised as
 * deviations. Internal audits and CAPA join this module (issue 12).
 */
@ApplicationModule(displayName = "Monitoring and auditing",
		allowedDependencies = { "audittrail", "security", "shared", "signature", "workflow" })
package org.gxpbridge.monitoring;

import org.springframework.modulith.ApplicationModule;
