package org.gxpbridge.shared;

/** A GxP rule refuses the act or its content; the message names the rule. */
public class RefusedByRuleException extends DomainException {

	public RefusedByRuleException(String code, String message) {
		super(Kind.REFUSED_BY_RULE, code, message);
	}

}
