package org.gxpbridge.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * dmn/risk-acceptability.dmn, dmn/cyber-risk-control.dmn, dmn/software-safety-class.dmn
 * against reference/regulatory.md §6.1, §6.2 and §6.4: every rule row with the rule that
 * matched, every cell of the 5 × 5 grids, and the no-match cases (which the module API
 * refuses before evaluation, see RiskDecisionsTests).
 */
class RiskDecisionTablesTests {

	/** §6.1 grid, severity 5 down to 1, probability 1 to 5. */
	static final String[] ACCEPTABILITY_GRID = { "RRUUU", "ARRUU", "AARRU", "AAARR", "AAAAR" };

	/** §6.2 grid, severity 5 down to 1, exploitability 1 to 5. */
	static final String[] CYBER_GRID = { "CXXXX", "CCXXX", "CCCXX", "CCCCC", "CCCCC" };

	static DmnEngine engine;

	static final List<String> matched = new ArrayList<>();

	static final Map<String, DmnDecision> decisions = new HashMap<>();

	@BeforeAll
	static void parse() throws Exception {
		DefaultDmnEngineConfiguration config = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		config.customPostDecisionTableEvaluationListeners(List
			.of((DmnDecisionTableEvaluationEvent e) -> e.getMatchingRules().forEach(r -> matched.add(r.getId()))));
		engine = config.buildEngine();
		for (String[] file : new String[][] { { "risk-acceptability", RiskDecisions.ACCEPTABILITY_DECISION_KEY },
				{ "risk-acceptability", RiskDecisions.AFAP_DECISION_KEY },
				{ "cyber-risk-control", RiskDecisions.CYBER_CONTROL_DECISION_KEY },
				{ "software-safety-class", RiskDecisions.SOFTWARE_SAFETY_CLASS_DECISION_KEY } }) {
			try (InputStream in = RiskDecisionTablesTests.class.getResourceAsStream("/dmn/" + file[0] + ".dmn")) {
				decisions.put(file[1], engine.parseDecision(file[1], in));
			}
		}
	}

	static DmnDecisionResult evaluate(String key, Map<String, Object> inputs) {
		matched.clear();
		return engine.evaluateDecision(decisions.get(key), inputs);
	}

	@ParameterizedTest(name = "§6.1 row {0}: severity {1}, probability {2} -> {3}")
	@CsvSource({ "1,1,1,acceptable", "1,1,4,acceptable", "2,1,5,ALARP-review", "3,2,1,acceptable", "3,2,3,acceptable",
			"4,2,4,ALARP-review", "4,2,5,ALARP-review", "5,3,1,acceptable", "5,3,2,acceptable", "6,3,3,ALARP-review",
			"6,3,4,ALARP-review", "7,3,5,unacceptable", "8,4,1,acceptable", "9,4,2,ALARP-review", "9,4,3,ALARP-review",
			"10,4,4,unacceptable", "10,4,5,unacceptable", "11,5,1,ALARP-review", "11,5,2,ALARP-review",
			"12,5,3,unacceptable", "12,5,5,unacceptable" })
	@Verifies("URS-18")
	void acceptabilityRowMatchesAlone(String row, int severity, int probability, String riskClass) {
		DmnDecisionResult r = evaluate(RiskDecisions.ACCEPTABILITY_DECISION_KEY,
				Map.of("severity", severity, "probability", probability));
		assertThat((String) r.getSingleResult().getEntry("riskClass")).isEqualTo(riskClass);
		assertThat(matched).containsExactly("Rule_" + row);
	}

	@ParameterizedTest(name = "§6.1 grid, severity {0}")
	@ValueSource(ints = { 1, 2, 3, 4, 5 })
	@Verifies("URS-18")
	void acceptabilityGridIsTheReferenceGrid(int severity) {
		for (int p = 1; p <= 5; p++) {
			String expected = switch (ACCEPTABILITY_GRID[5 - severity].charAt(p - 1)) {
				case 'A' -> "acceptable";
				case 'R' -> "ALARP-review";
				default -> "unacceptable";
			};
			assertThat((String) evaluate(RiskDecisions.ACCEPTABILITY_DECISION_KEY,
					Map.of("severity", severity, "probability", p))
				.getSingleResult()
				.getEntry("riskClass")).as("S%d P%d", severity, p).isEqualTo(expected);
		}
	}

	@ParameterizedTest(name = "§6.2 row {0}: severity {1}, exploitability {2} -> {3}, {4}")
	@CsvSource({ "1,1,1,controlled,regular-cycle", "1,2,5,controlled,regular-cycle", "2,3,1,controlled,regular-cycle",
			"2,3,3,controlled,regular-cycle", "3,3,4,uncontrolled,out-of-cycle", "3,3,5,uncontrolled,out-of-cycle",
			"4,4,1,controlled,regular-cycle", "4,4,2,controlled,regular-cycle", "5,4,3,uncontrolled,out-of-cycle",
			"5,4,5,uncontrolled,out-of-cycle", "6,5,1,controlled,regular-cycle", "7,5,2,uncontrolled,out-of-cycle",
			"7,5,5,uncontrolled,out-of-cycle" })
	@Verifies({ "URS-19", "URS-21" })
	void cyberRowMatchesAlone(String row, int severity, int exploitability, String state, String track) {
		DmnDecisionResult r = evaluate(RiskDecisions.CYBER_CONTROL_DECISION_KEY,
				Map.of("severity", severity, "exploitability", exploitability));
		assertThat((String) r.getSingleResult().getEntry("riskState")).isEqualTo(state);
		assertThat((String) r.getSingleResult().getEntry("patchTrack")).isEqualTo(track);
		assertThat(matched).containsExactly("Rule_" + row);
	}

	@ParameterizedTest(name = "§6.2 grid, severity {0}")
	@ValueSource(ints = { 1, 2, 3, 4, 5 })
	@Verifies({ "URS-19", "URS-21" })
	void cyberGridIsTheReferenceGrid(int severity) {
		for (int e = 1; e <= 5; e++) {
			String expected = CYBER_GRID[5 - severity].charAt(e - 1) == 'C' ? "controlled" : "uncontrolled";
			assertThat((String) evaluate(RiskDecisions.CYBER_CONTROL_DECISION_KEY,
					Map.of("severity", severity, "exploitability", e))
				.getSingleResult()
				.getEntry("riskState")).as("S%d E%d", severity, e).isEqualTo(expected);
		}
	}

	@ParameterizedTest(name = "§6.4 row {0}: {1}, {2}, {3} -> {4}")
	@CsvSource({ "1,false,false,none,A", "1,false,true,death,A", "2,true,false,death,A",
			"2,true,false,non-serious injury,A", "3,true,true,non-serious injury,B", "4,true,true,serious injury,C",
			"4,true,true,death,C", "Invalid,true,true,none,invalid" })
	@Verifies("URS-20")
	void softwareSafetyClassRowMatchesAlone(String row, boolean canContribute, boolean unacceptable, String harm,
			String softwareClass) {
		DmnDecisionResult r = evaluate(RiskDecisions.SOFTWARE_SAFETY_CLASS_DECISION_KEY,
				Map.of("canContributeToHazardousSituation", canContribute, "unacceptableRiskAfterExternalControls",
						unacceptable, "worstHarm", harm));
		assertThat((String) r.getSingleResult().getEntry("softwareSafetyClass")).isEqualTo(softwareClass);
		assertThat(matched).containsExactly("Rule_" + row);
	}

	@ParameterizedTest(name = "AFAP: EU market {0} -> {1}")
	@CsvSource({ "true,true,EuMarket", "false,false,NotEuMarket" })
	@Verifies("URS-18")
	void afapJustificationFollowsTheEuMarket(boolean euMarket, boolean required, String row) {
		DmnDecisionResult r = evaluate(RiskDecisions.AFAP_DECISION_KEY, Map.of("euMarket", euMarket));
		assertThat((Boolean) r.getSingleResult().getEntry("afapJustificationRequired")).isEqualTo(required);
		assertThat(matched).containsExactly("Rule_" + row);
	}

	@ParameterizedTest(name = "no rule for score {0}")
	@ValueSource(ints = { 0, 6, 7, -1 })
	@Verifies("URS-18")
	void scoresOutsideTheScaleMatchNoRule(int outside) {
		assertThat(evaluate(RiskDecisions.ACCEPTABILITY_DECISION_KEY, Map.of("severity", 3, "probability", outside)))
			.isEmpty();
		assertThat(evaluate(RiskDecisions.ACCEPTABILITY_DECISION_KEY, Map.of("severity", outside, "probability", 3)))
			.isEmpty();
		assertThat(evaluate(RiskDecisions.CYBER_CONTROL_DECISION_KEY, Map.of("severity", outside, "exploitability", 3)))
			.isEmpty();
		assertThat(evaluate(RiskDecisions.CYBER_CONTROL_DECISION_KEY, Map.of("severity", 3, "exploitability", outside)))
			.isEmpty();
	}

	@Test
	void softwareSafetyClassKnowsNoRuleForAMissingContribution() {
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("canContributeToHazardousSituation", null);
		inputs.put("unacceptableRiskAfterExternalControls", true);
		inputs.put("worstHarm", "death");
		assertThat(evaluate(RiskDecisions.SOFTWARE_SAFETY_CLASS_DECISION_KEY, inputs)).isEmpty();
	}

	@ParameterizedTest(name = "{0} is UNIQUE and keeps its evaluations ten years")
	@ValueSource(strings = { "risk-acceptability", "cyber-risk-control", "software-safety-class" })
	void tablesAreUniqueAndKeepTheirHistory(String file) throws Exception {
		try (InputStream in = RiskDecisionTablesTests.class.getResourceAsStream("/dmn/" + file + ".dmn")) {
			String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(xml).contains("hitPolicy=\"UNIQUE\"").contains("camunda:historyTimeToLive=\"3650\"");
		}
		for (DmnDecision d : decisions.values()) {
			DmnDecisionTableImpl table = (DmnDecisionTableImpl) d.getDecisionLogic();
			assertThat(table.getHitPolicyHandler().getHitPolicyEntry().getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
			assertThat(table.getRules()).extracting(DmnDecisionTableRuleImpl::getId)
				.allMatch(id -> id.startsWith("Rule_"));
		}
	}

}
