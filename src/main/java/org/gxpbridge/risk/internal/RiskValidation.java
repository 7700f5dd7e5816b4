package org.gxpbridge.risk.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

import org.gxpbridge.risk.InvalidRiskInputException;
import org.gxpbridge.risk.RiskDecisions;
import org.gxpbridge.risk.RiskInput;
import org.gxpbridge.risk.RiskKind;

/**
 * Checks a risk as entered before anything is evaluated or stored; the first problem is
 * refused naming its field (the API's 400). Blank texts count as missing.
 */
public final class RiskValidation {

	/** FMEA scales run from 1 to 10 (AIAG / IEC 60812 practice). */
	static final int FMEA_SCALE = 10;

	private RiskValidation() {
	}

	/**
	 * The input with blank texts as null and the kind upper-case; refuses the first
	 * problem.
	 */
	public static RiskInput validated(RiskInput in) {
		if (in == null) {
			throw new InvalidRiskInputException("kind", "a risk is required");
		}
		String kindText = blankToNull(in.kind());
		if (kindText == null || Arrays.stream(RiskKind.values()).noneMatch(k -> k.name().equalsIgnoreCase(kindText))) {
			throw new InvalidRiskInputException("kind", "must be SAFETY or CYBERSECURITY, was " + in.kind());
		}
		RiskKind kind = RiskKind.valueOf(kindText.toUpperCase(Locale.ROOT));
		RiskInput r = new RiskInput(kind.name(), text("title", in.title(), 300), text("hazard", in.hazard(), 4000),
				text("hazardousSituation", in.hazardousSituation(), 4000), text("harm", in.harm(), 4000),
				text("asset", in.asset(), 300), text("threat", in.threat(), 4000),
				text("vulnerability", in.vulnerability(), 4000), in.severity(), in.probability(), in.exploitability(),
				text("riskControls", in.riskControls(), 4000), in.residualSeverity(), in.residualProbability(),
				in.residualExploitability(), in.fmeaSeverity(), in.fmeaOccurrence(), in.fmeaDetectability(),
				in.fmeaResidualOccurrence(), in.fmeaResidualDetectability());
		required("title", r.title());
		scale("severity", r.severity(), true);
		boolean safety = kind == RiskKind.SAFETY;
		if (safety) {
			required("hazard", r.hazard());
			required("hazardousSituation", r.hazardousSituation());
			required("harm", r.harm());
			scale("probability", r.probability(), true);
			absent("exploitability", r.exploitability(), "only for cybersecurity risks");
			absent("residualExploitability", r.residualExploitability(), "only for cybersecurity risks");
		}
		else {
			required("asset", r.asset());
			required("threat", r.threat());
			required("vulnerability", r.vulnerability());
			scale("exploitability", r.exploitability(), true);
			absent("probability", r.probability(), "only for safety risks");
			absent("residualProbability", r.residualProbability(), "only for safety risks");
		}
		String residualLikelihood = safety ? "residualProbability" : "residualExploitability";
		Integer likelihoodAfter = safety ? r.residualProbability() : r.residualExploitability();
		scale("residualSeverity", r.residualSeverity(), false);
		scale(residualLikelihood, likelihoodAfter, false);
		if ((r.residualSeverity() == null) != (likelihoodAfter == null)) {
			throw new InvalidRiskInputException(r.residualSeverity() == null ? "residualSeverity" : residualLikelihood,
					"residual risk needs both residualSeverity and " + residualLikelihood);
		}
		if (r.residualSeverity() != null && r.riskControls() == null) {
			throw new InvalidRiskInputException("riskControls",
					"a residual risk needs the risk controls that reduce it");
		}
		fmea(r);
		return r;
	}

	private static void fmea(RiskInput r) {
		fmeaScale("fmeaSeverity", r.fmeaSeverity());
		fmeaScale("fmeaOccurrence", r.fmeaOccurrence());
		fmeaScale("fmeaDetectability", r.fmeaDetectability());
		fmeaScale("fmeaResidualOccurrence", r.fmeaResidualOccurrence());
		fmeaScale("fmeaResidualDetectability", r.fmeaResidualDetectability());
		long before = Stream.of(r.fmeaSeverity(), r.fmeaOccurrence(), r.fmeaDetectability())
			.filter(v -> v != null)
			.count();
		if (before != 0 && before != 3) {
			throw new InvalidRiskInputException(
					r.fmeaSeverity() == null ? "fmeaSeverity"
							: r.fmeaOccurrence() == null ? "fmeaOccurrence" : "fmeaDetectability",
					"FMEA needs severity, occurrence and detectability together");
		}
		if ((r.fmeaResidualOccurrence() == null) != (r.fmeaResidualDetectability() == null)) {
			throw new InvalidRiskInputException(
					r.fmeaResidualOccurrence() == null ? "fmeaResidualOccurrence" : "fmeaResidualDetectability",
					"FMEA after controls needs occurrence and detectability together");
		}
		if (r.fmeaResidualOccurrence() != null && before == 0) {
			throw new InvalidRiskInputException("fmeaSeverity",
					"FMEA after controls needs the FMEA scores before them");
		}
	}

	private static void scale(String field, Integer value, boolean required) {
		if (value != null || required) {
			RiskDecisions.requireInScale(field, value);
		}
	}

	private static void fmeaScale(String field, Integer value) {
		if (value != null && (value < 1 || value > FMEA_SCALE)) {
			throw new InvalidRiskInputException(field, "must be from 1 to " + FMEA_SCALE + ", was " + value);
		}
	}

	private static void required(String field, String value) {
		if (value == null) {
			throw new InvalidRiskInputException(field, "is required");
		}
	}

	private static void absent(String field, Integer value, String why) {
		if (value != null) {
			throw new InvalidRiskInputException(field, why);
		}
	}

	private static String text(String field, String value, int max) {
		String v = blankToNull(value);
		if (v != null && v.length() > max) {
			throw new InvalidRiskInputException(field, "at most " + max + " characters, was " + v.length());
		}
		return v;
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
