/**
 * Gap analysis (lifecycle step 2, {@code GapAnalysisProcess}): every requirement of each
 * applicable framework assessed met / partial / gap / not applicable with justification
 * and evidence on one worksheet, crosswalk proposals from mapped requirements, a gap
 * report with coverage per framework and a prioritised action plan
 * ({@code GapActionPriorityDecision}), signed approval, and the accepted actions as
 * tracked items ({@link org.gxpbridge.gap.GapActions}) that CAPA and change control pick
 * up by id.
 */
@ApplicationModule(displayName = "Gap analysis",
		allowedDependencies = { "documents", "regulation", "reports", "security", "shared", "signature", "workflow" })
package org.gxpbridge.gap;

import org.springframework.modulith.ApplicationModule;
