package org.gxpbridge.modeling;

/**
 * One reason a model may not be deployed, shown next to the element it names.
 *
 * @param elementId the element's id (a task, a rule, a form field; the definitions or
 * document itself when the whole file is concerned)
 * @param rule a stable rule code, e.g. {@code meaningful-id}, {@code unique-rules}
 * @param message what is wrong and what to do, in words a process owner can act on
 */
public record ModelProblem(String elementId, String rule, String message) {

	@Override
	public String toString() {
		return elementId + ": " + message + " [" + rule + "]";
	}

}
