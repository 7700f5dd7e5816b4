package org.gxpbridge.risk;

import java.util.Arrays;

/**
 * What a decision table says about one risk: {@code RiskAcceptabilityDecision} for safety
 * risks, {@code CyberRiskControlDecision} for cybersecurity risks. {@link #dmnValue()} is
 * the text the table outputs.
 */
public enum RiskOutcome {

	ACCEPTABLE("acceptable"), ALARP_REVIEW("ALARP-review"), UNACCEPTABLE("unacceptable"), CONTROLLED("controlled"),
	UNCONTROLLED("uncontrolled");

	private final String dmnValue;

	RiskOutcome(String dmnValue) {
		this.dmnValue = dmnValue;
	}

	public String dmnValue() {
		return dmnValue;
	}

	/** Whether release may go on without further risk control for this outcome. */
	public boolean isAcceptable() {
		return this == ACCEPTABLE || this == CONTROLLED;
	}

	static RiskOutcome ofDmn(String value) {
		return Arrays.stream(values())
			.filter(o -> o.dmnValue.equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The decision table answered an unknown outcome: " + value));
	}

}
