/**
 * Design controls (21 CFR 820.30, ISO 13485 7.3, FDA premarket cybersecurity guidance):
 * design items with their designers and design inputs (requirements including security
 * requirements, the threat model as a stored document, the cybersecurity risk assessment
 * as a risk register of the risk module), verifications tracing to requirements and risk
 * controls, the traceability matrix with its open gaps, and {@code DesignReviewProcess}
 * with an independent reviewer and a signed approval over the review record.
 */
@ApplicationModule(displayName = "Design controls",
		allowedDependencies = { "documents", "risk", "security", "shared", "signature", "workflow" })
package org.gxpbridge.design;

import org.springframework.modulith.ApplicationModule;
