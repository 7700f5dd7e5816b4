/**
 * The compliance programme ({@code ComplianceLifecycleProcess}): one business key, the
 * programme id, runs the six lifecycle steps in turn — regulation review, gap analysis,
 * risk management, controls and procedures, monitoring, continuous improvement — and
 * starts again at step 1 on a regulatory change or when a management review decides so.
 * Finite steps are call activities; the risk file and the control implementations live on
 * after their milestone (periodic review, re-verification), so the programme starts them
 * and waits for the milestone (register released, controls effective) instead of their
 * end.
 */
@ApplicationModule(displayName = "Compliance programme",
		allowedDependencies = { "controls", "gap", "risk", "security", "shared", "workflow" })
package org.gxpbridge.lifecycle;

import org.springframework.modulith.ApplicationModule;
