/**
 * The regulation catalogue (lifecycle step 1): the frameworks (regulations, guidances,
 * standards) the server knows by a stable id, their requirements (ids as people cite
 * them: {@code 11.10(e)}, {@code A.5.1}, {@code GV.OC-01}) and the typed crosswalk
 * between them, so documents, registers and gap analyses refer to the same requirement.
 * Seeded from reference/regulatory.md; extended by imports (NIST OSCAL, CISO Assistant,
 * CSV). Other modules use {@link org.gxpbridge.regulation.RegulationCatalogue} to read,
 * and the applicability register
 * ({@link org.gxpbridge.regulation.ApplicabilityRegister}), whose review process lives in
 * the regulationreview module.
 */
@ApplicationModule(displayName = "Regulation catalogue", allowedDependencies = { "security", "shared" })
package org.gxpbridge.regulation;

import org.springframework.modulith.ApplicationModule;
