package org.gxpbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * dmn/capa-priority.dmn (820.100, ISO 13485 8.5.2): every rule row, all 6 × 3 × 2 × 2
 * valid inputs matched exactly once (UNIQUE, complete), and the no-match case.
 */
@Verifies({ "A11-13", "URS-23" })
class CapaPriorityDecisionTests {

	static DmnDecision decision;

	static DmnEngine engine;

	static final MatchedRules rules = new MatchedRules();

	@BeforeAll
	static void parse() throws Exception {
		engine = rules.engine();
		try (InputStream in = CapaPriorityDecisionTests.class.getResourceAsStream("/dmn/capa-priority.dmn")) {
			decision = engine.parseDecision(CapaModel.DECISION_KEY, in);
		}
	}

	static DmnDecisionTableResult evaluate(String source, String severity, boolean recurrence, boolean safety) {
		return engine.evaluateDecisionTable(decision, Map.of("source", source, "severity", severity, "recurrence",
				recurrence, "patientSafetyImpact", safety));
	}

	@ParameterizedTest(name = "{4}: {0}, {1}, recurred {2}, safety impact {3} → {5} in {6} days")
	@CsvSource({ "COMPLAINT, MINOR, false, true, Rule_SafetyImpact, HIGH, 15",
			"DEVIATION, CRITICAL, false, false, Rule_Critical, HIGH, 30",
			"CYBERSECURITY_INCIDENT, MAJOR, false, false, Rule_CyberMajor, HIGH, 30",
			"AUDIT_FINDING, MAJOR, true, false, Rule_MajorRecurring, HIGH, 30",
			"GAP_ACTION, MAJOR, false, false, Rule_MajorFirst, MEDIUM, 60",
			"TREND, MINOR, true, false, Rule_MinorRecurring, MEDIUM, 60",
			"AUDIT_FINDING, MINOR, false, false, Rule_MinorFirst, LOW, 90" })
	void eachRuleDecidesPriorityAndDueDays(String source, String severity, boolean recurrence, boolean safety,
			String rule, String priority, int days) {
		var result = evaluate(source, severity, recurrence, safety);
		assertThat(result).hasSize(1);
		assertThat(rules.last()).containsExactly(rule);
		assertThat((String) result.getSingleResult().getEntry("priority")).isEqualTo(priority);
		assertThat(((Number) result.getSingleResult().getEntry("dueInDays")).intValue()).isEqualTo(days);
	}

	@Test
	void everyValidCombinationMatchesExactlyOneRuleAndSafetyAlwaysComesFirst() {
		for (CapaSource source : CapaSource.values()) {
			for (Severity severity : Severity.values()) {
				for (boolean recurrence : new boolean[] { false, true }) {
					for (boolean safety : new boolean[] { false, true }) {
						var result = evaluate(source.name(), severity.name(), recurrence, safety);
						assertThat(result).as(source + "/" + severity + "/" + recurrence + "/" + safety).hasSize(1);
						String priority = result.getSingleResult().getEntry("priority");
						if (safety || severity == Severity.CRITICAL) {
							assertThat(priority).isEqualTo("HIGH");
						}
						if (severity == Severity.MINOR && !safety) {
							assertThat(priority).isNotEqualTo("HIGH");
						}
					}
				}
			}
		}
	}

	@Test
	void anUnknownSourceOrSeverityMatchesNoRule() {
		assertThat(evaluate("RUMOUR", "MAJOR", false, false)).isEmpty();
		assertThat(evaluate("COMPLAINT", "CATASTROPHIC", false, true)).isEmpty();
	}

}
