/**
 * Continuous improvement (lifecycle step 6): management review
 * ({@code ManagementReviewProcess}, 21 CFR 820.20 / ISO 13485 5.6) with its meeting pack
 * gathered from the other steps, minutes, tracked actions and signed approval; change
 * control ({@code ChangeControlProcess}, 820.70) for changes to the QMS/ISMS, software
 * updates, patches and configuration.
 */
@ApplicationModule(displayName = "Continuous improvement", allowedDependencies = { "controls", "documents", "gap",
		"monitoring", "regulation", "risk", "security", "shared", "signature", "workflow" })
package org.gxpbridge.improvement;

import org.springframework.modulith.ApplicationModule;
