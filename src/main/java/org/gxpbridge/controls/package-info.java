/**
 * Controls and procedures (lifecycle step 4): SOPs and policies under document control, a
 * version effective only after review and approval (21 CFR 820.40, ISO 13485 4.2.4);
 * control implementation records ({@code ControlImplementationProcess}) against catalogue
 * requirements, closing the gap actions they were planned for.
 */
@ApplicationModule(displayName = "Controls and procedures", allowedDependencies = { "documents", "gap", "regulation",
		"reports", "security", "shared", "signature", "workflow" })
package org.gxpbridge.controls;

import org.springframework.modulith.ApplicationModule;
