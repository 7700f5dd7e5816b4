/**
 * The regulation catalogue (lifecycle step 1): the frameworks (regulations, guidances,
 * standards) the server knows by a stable id, so documents, registers and gap analyses
 * can refer to the same framework. Seeded from reference/regulatory.md; other modules use
 * only {@link org.gxpbridge.regulation.RegulationCatalogue}.
 */
@ApplicationModule(displayName = "Regulation catalogue", allowedDependencies = { "security", "shared" })
package org.gxpbridge.regulation;

import org.springframework.modulith.ApplicationModule;
