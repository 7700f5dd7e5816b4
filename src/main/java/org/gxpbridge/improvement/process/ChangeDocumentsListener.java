package org.gxpbridge.improvement.process;

import static org.gxpbridge.improvement.ChangeControlModel.DOCUMENTS_EFFECTIVE_MESSAGE_NAME;

import org.camunda.bpm.engine.RuntimeService;
import org.gxpbridge.controls.DocumentMadeEffective;
import org.gxpbridge.improvement.ChangeImplementations;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Document control tells the change when a revision it started is effective (in the
 * transaction that made it effective); when none is pending any more, the change's
 * instance waiting at Event_DocumentsEffective goes on. An instance not waiting yet finds
 * the documents effective at its own gateway.
 */
@Component("changeDocumentsListener")
class ChangeDocumentsListener {

	private final ChangeImplementations implementations;

	private final RuntimeService runtime;

	ChangeDocumentsListener(ChangeImplementations implementations, RuntimeService runtime) {
		this.implementations = implementations;
		this.runtime = runtime;
	}

	@EventListener
	void on(DocumentMadeEffective event) {
		if (event.processInstanceId() == null) {
			return;
		}
		implementations
			.documentEffective(event.processInstanceId(), event.documentNumber(), event.version(), event.effectiveAt())
			.ifPresent(pi -> runtime.createMessageCorrelation(DOCUMENTS_EFFECTIVE_MESSAGE_NAME)
				.processInstanceId(pi)
				.correlateAll());
	}

}
