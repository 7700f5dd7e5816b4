package org.gxpbridge.controls.internal;

import java.util.Set;

import org.gxpbridge.controls.ControlStatus;
import org.gxpbridge.gap.ImplementedControls;
import org.springframework.stereotype.Component;

/**
 * Tells gap which requirements an effective control implementation covers, so the gap
 * report's coverage shows what step 4 put in place ("the control's status feeds the gap
 * coverage"). Only EFFECTIVE counts: a planned, implemented or unverified control covers
 * nothing yet.
 */
@Component
class EffectiveControlCoverage implements ImplementedControls {

	private final ControlImplementationStore store;

	EffectiveControlCoverage(ControlImplementationStore store) {
		this.store = store;
	}

	@Override
	public Set<String> requirementsWithEffectiveControls(String frameworkId) {
		return store.requirementIds(frameworkId, ControlStatus.EFFECTIVE.name());
	}

}
