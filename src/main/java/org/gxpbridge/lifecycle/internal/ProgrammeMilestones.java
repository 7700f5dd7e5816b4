package org.gxpbridge.lifecycle.internal;

import static org.gxpbridge.lifecycle.ComplianceLifecycleModel.*;

import org.camunda.bpm.engine.RuntimeService;
import org.gxpbridge.controls.ControlImplementationChanged;
import org.gxpbridge.controls.ControlImplementations;
import org.gxpbridge.controls.ControlStatus;
import org.gxpbridge.risk.RiskRecordChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The milestones the programme waits for in steps 3 and 4, from the modules' own events
 * in the transaction of the change: a risk register released (RISK_REGISTER_RELEASED),
 * the last control implementation of a cycle effective (CONTROL_EFFECTIVE). The programme
 * continues in a job of its own (the next step is asynchronous), so a failure there never
 * undoes the release.
 */
@Component
class ProgrammeMilestones {

	private final RuntimeService runtime;

	private final ProgrammeStore store;

	private final ControlImplementations controls;

	ProgrammeMilestones(RuntimeService runtime, ProgrammeStore store, ControlImplementations controls) {
		this.runtime = runtime;
		this.store = store;
		this.controls = controls;
	}

	@EventListener
	void on(RiskRecordChanged event) {
		if (!"RISK_REGISTER_RELEASED".equals(event.action())) {
			return;
		}
		runtime.createMessageCorrelation(MESSAGE_RISK_REGISTER_RELEASED)
			.processInstanceVariableEquals(VAR_RISK_REGISTER_ID, event.objectId())
			.correlateAllWithResult();
	}

	@EventListener
	void on(ControlImplementationChanged event) {
		if (!"CONTROL_EFFECTIVE".equals(event.action())) {
			return;
		}
		store.cycleOfControl(event.implementationId()).ifPresent(c -> {
			String programmeId = (String) c[0];
			boolean all = store.controls(programmeId, (Integer) c[1])
				.stream()
				.allMatch(row -> row[0].equals(event.implementationId())
						|| controls.get(row[0]).status() == ControlStatus.EFFECTIVE);
			if (all) {
				runtime.createMessageCorrelation(MESSAGE_CONTROLS_EFFECTIVE)
					.processInstanceBusinessKey(programmeId)
					.processInstanceVariableEquals(VAR_CYCLE, c[1])
					.correlateAllWithResult();
			}
		});
	}

}
