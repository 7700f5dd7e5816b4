package org.gxpbridge.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * dmn/gap-action-priority.dmn: every rule row (each of the eight input combinations names
 * the one rule it hits) and the no-match cases.
 */
@Verifies("URS-17")
class GapActionPriorityDecisionTests {

	static DmnDecision decision;

	static DmnEngine engine;

	static final List<String> matched = new ArrayList<>();

	@BeforeAll
	static void parse() throws Exception {
		DefaultDmnEngineConfiguration config = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		config.customPostDecisionTableEvaluationListeners(List
			.of((DmnDecisionTableEvaluationEvent e) -> e.getMatchingRules().forEach(r -> matched.add(r.getId()))));
		engine = config.buildEngine();
		try (InputStream in = GapActionPriorityDecisionTests.class
			.getResourceAsStream("/dmn/gap-action-priority.dmn")) {
			decision = engine.parseDecision(GapAnalysisModel.DECISION_KEY, in);
		}
	}

	@BeforeEach
	void clear() {
		matched.clear();
	}

	DmnDecisionTableResult evaluate(String status, boolean binding, boolean safety) {
		return engine.evaluateDecisionTable(decision, Map.of(GapAnalysisModel.IN_REQUIREMENT_STATUS, status,
				GapAnalysisModel.IN_BINDING, binding, GapAnalysisModel.IN_SAFETY_RELATED, safety));
	}

	@ParameterizedTest(name = "{0}, binding {1}, safety-related {2} -> {4} within {5} days ({3})")
	@CsvSource({ "GAP, true, true, Rule_GapBinding, HIGH, 30", "GAP, true, false, Rule_GapBinding, HIGH, 30",
			"GAP, false, true, Rule_GapSafety, HIGH, 30", "GAP, false, false, Rule_GapVoluntary, MEDIUM, 90",
			"PARTIAL, true, true, Rule_PartialSafety, MEDIUM, 60",
			"PARTIAL, false, true, Rule_PartialSafety, MEDIUM, 60",
			"PARTIAL, true, false, Rule_PartialBinding, MEDIUM, 90",
			"PARTIAL, false, false, Rule_PartialVoluntary, LOW, 180" })
	void decidesPriorityAndDaysToCloseForEachCombination(String status, boolean binding, boolean safety, String rule,
			String priority, int days) {
		DmnDecisionTableResult result = evaluate(status, binding, safety);
		assertThat(result).hasSize(1);
		assertThat(matched).containsExactly(rule);
		assertThat((String) result.getSingleResult().getEntry(GapAnalysisModel.OUT_PRIORITY)).isEqualTo(priority);
		assertThat(((Number) result.getSingleResult().getEntry(GapAnalysisModel.OUT_DUE_WITHIN_DAYS)).intValue())
			.isEqualTo(days);
	}

	@ParameterizedTest
	@ValueSource(strings = { "MET", "NOT_APPLICABLE", "gap", "" })
	void knowsNoRuleForAStatusThatNeedsNoAction(String status) {
		assertThat(evaluate(status, true, true)).isEmpty();
		assertThat(matched).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Rule_GapBinding", "Rule_GapSafety", "Rule_GapVoluntary", "Rule_PartialSafety",
			"Rule_PartialBinding", "Rule_PartialVoluntary" })
	void documentsEachRuleAndTheTablesRationaleAndKeepsItsEvaluationsTenYears(String rule) throws Exception {
		try (InputStream in = GapActionPriorityDecisionTests.class
			.getResourceAsStream("/dmn/gap-action-priority.dmn")) {
			String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(xml).contains("camunda:historyTimeToLive=\"3650\"")
				.contains("<description>Priority and default time to close")
				.containsPattern("<rule id=\"" + rule + "\">\\s*<description>\\w");
		}
	}

}
