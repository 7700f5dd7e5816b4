package org.gxpbridge.design;

import java.util.List;

/**
 * The traceability matrix of a design item: one row per link requirement ↔ risk control ↔
 * verification (a requirement or risk control without verification has a row with an
 * empty verification), and the open gaps.
 */
public record TraceMatrix(String itemId, String itemName, String itemVersion, String riskRegisterId, List<Row> rows,
		List<Gap> gaps) {

	/**
	 * @param requirementId empty for a risk control traced without a requirement
	 * @param riskControlId empty when the verification traces to a requirement only
	 * @param verificationId empty for an unverified requirement or risk control
	 */
	public record Row(String requirementId, String requirementType, String riskControlId, String riskControl,
			String verificationId, String method, String result) {
	}

	/**
	 * An open gap: {@code key} (what a justification names, e.g.
	 * {@code REQUIREMENT_WITHOUT_VERIFICATION:REQ-1}), its kind, the subject id and the
	 * text.
	 */
	public record Gap(String key, String kind, String subject, String text) {
	}

	public static final String REQUIREMENT_WITHOUT_VERIFICATION = "REQUIREMENT_WITHOUT_VERIFICATION";

	public static final String RISK_WITHOUT_CONTROL = "RISK_WITHOUT_CONTROL";

	public static final String CONTROL_WITHOUT_VERIFICATION = "CONTROL_WITHOUT_VERIFICATION";

	public static final String FAILED_VERIFICATION = "FAILED_VERIFICATION";

}
