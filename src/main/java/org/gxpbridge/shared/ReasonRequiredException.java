package org.gxpbridge.shared;

/**
 * A privileged act without a reason for change (EU Annex 11 §9, CHK-02); code
 * {@code reason_required}.
 */
public class ReasonRequiredException extends RefusedByRuleException {

	public ReasonRequiredException(String message) {
		super("reason_required", message);
	}

}
