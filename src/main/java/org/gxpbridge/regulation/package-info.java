/**
 * The regulation catalogue (lifecycle step 1): the frameworks (regulations, guidances,
 * standards) the server knows by a stable id, so documents, registers and gap analyses
 * can refer to the same framework. Seeded from reference/regulatory.md; other modules use
 * only {@link org.gxpbridge.regulation.RegulationCatalogue} and the applicability
 * register ({@link org.gxpbridge.regulation.ApplicabilityRegister}, whose review process
 * lives in the regulationreview module).
 */
@ApplicationModule(displayName = "Regulation catalogue", allowedDependencies = { "security", "shared" })
package org.gxpbridge.regulation;

import org.springframework.modulith.ApplicationModule;
