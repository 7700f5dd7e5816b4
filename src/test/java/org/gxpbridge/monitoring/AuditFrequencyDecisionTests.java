package org.gxpbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * dmn/audit-frequency.dmn (ISO 13485 8.2.4): every rule row, every one of the 3 × 4 valid
 * inputs exactly once (UNIQUE, complete), and the no-match case.
 */
@Verifies("URS-22")
class AuditFrequencyDecisionTests {

	static DmnDecision decision;

	static DmnEngine engine;

	static final MatchedRules rules = new MatchedRules();

	@BeforeAll
	static void parse() throws Exception {
		engine = rules.engine();
		try (InputStream in = AuditFrequencyDecisionTests.class.getResourceAsStream("/dmn/audit-frequency.dmn")) {
			decision = engine.parseDecision(InternalAuditModel.DECISION_KEY, in);
		}
	}

	static String interval(String risk, String outcome) {
		var result = engine.evaluateDecisionTable(decision, Map.of("riskLevel", risk, "lastOutcome", outcome));
		assertThat(result).as(risk + "/" + outcome + " matches exactly one rule").hasSize(1);
		return result.getSingleResult().getEntry("auditInterval");
	}

	@ParameterizedTest(name = "{0} risk, last audit {1}: next audit in {2} ({3})")
	@CsvSource({ "HIGH, MAJOR_FINDINGS, P3M, Rule_HighMajor", "HIGH, NONE, P6M, Rule_HighOther",
			"HIGH, CONFORMING, P6M, Rule_HighOther", "HIGH, MINOR_FINDINGS, P6M, Rule_HighOther",
			"MEDIUM, MAJOR_FINDINGS, P6M, Rule_MediumMajor", "MEDIUM, NONE, P12M, Rule_MediumOther",
			"MEDIUM, CONFORMING, P12M, Rule_MediumOther", "MEDIUM, MINOR_FINDINGS, P12M, Rule_MediumOther",
			"LOW, MAJOR_FINDINGS, P6M, Rule_LowMajor", "LOW, NONE, P12M, Rule_LowUnprovenOrMinor",
			"LOW, MINOR_FINDINGS, P12M, Rule_LowUnprovenOrMinor", "LOW, CONFORMING, P24M, Rule_LowConforming" })
	void decidesTheIntervalForEveryRiskLevelAndLastOutcome(String risk, String outcome, String interval, String rule) {
		assertThat(interval(risk, outcome)).isEqualTo(interval);
		assertThat(rules.last()).containsExactly(rule);
	}

	@Test
	void everyAreaIsAuditedAtLeastEveryTwoYearsAndAMajorFindingShortensTheInterval() {
		for (RiskLevel risk : RiskLevel.values()) {
			for (AuditOutcome outcome : AuditOutcome.values()) {
				int months = Integer.parseInt(interval(risk.name(), outcome.name()).replaceAll("[^0-9]", ""));
				assertThat(months).as(risk + "/" + outcome).isBetween(3, 24);
				int afterMajor = Integer
					.parseInt(interval(risk.name(), AuditOutcome.MAJOR_FINDINGS.name()).replaceAll("[^0-9]", ""));
				assertThat(afterMajor).as("major findings bring the next audit forward").isLessThanOrEqualTo(months);
			}
		}
	}

	@Test
	void anUnknownRiskLevelOrOutcomeMatchesNoRule() {
		assertThat(engine.evaluateDecisionTable(decision, Map.of("riskLevel", "EXTREME", "lastOutcome", "NONE")))
			.isEmpty();
		assertThat(engine.evaluateDecisionTable(decision, Map.of("riskLevel", "HIGH", "lastOutcome", "PASSED")))
			.isEmpty();
	}

}
