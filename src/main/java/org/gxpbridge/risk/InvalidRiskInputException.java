package org.gxpbridge.risk;

import org.gxpbridge.shared.InvalidInputException;

/**
 * A risk or decision input that is missing, out of range or inconsistent; refused before
 * any decision table is evaluated, so "no match" is never an answer (code
 * {@code invalid_risk_input}, the message starts with the field's name).
 */
public class InvalidRiskInputException extends InvalidInputException {

	private final String field;

	public InvalidRiskInputException(String field, String problem) {
		super("invalid_risk_input", field + ": " + problem);
		this.field = field;
	}

	/** The field at fault, as the API names it. */
	public String field() {
		return field;
	}

}
