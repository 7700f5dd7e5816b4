package org.gxpbridge.workflow.internal;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The command guard's refusal of a privileged engine act without its reason for change,
 * before anything changed. It stays an engine exception rather than a
 * {@link org.gxpbridge.shared.ReasonRequiredException}: it is thrown inside the engine's
 * command stack, where Camunda's REST resources and our own callers treat a
 * {@code ProcessEngineException} as the engine's refusal; the engine REST adapter
 * ({@code workflow/web}) answers it 422.
 */
public class ReasonRequiredException extends BadUserRequestException {

	ReasonRequiredException(String message) {
		super(message);
	}

}
