/**
 * Regulation review (lifecycle step 1): RegulationReviewProcess, in which the quality
 * manager proposes the applicable frameworks (from scratch or from an intake document's
 * citations) with a RACI each, a reviewer checks them and an approver signs the
 * applicability register. The register itself is data of the regulation module
 * ({@link org.gxpbridge.regulation.ApplicabilityRegister}); this module is the process,
 * the intake proposals and the register's pages. It is a module of its own because
 * documents already depends on regulation (citations are labelled with catalogue ids), so
 * regulation cannot use documents or signature without a cycle.
 */
@ApplicationModule(displayName = "Regulation review",
		allowedDependencies = { "documents", "regulation", "security", "shared", "signature", "workflow" })
package org.gxpbridge.regulationreview;

import org.springframework.modulith.ApplicationModule;
