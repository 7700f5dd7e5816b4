package org.gxpbridge.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dmn/signature-policy.dmn, every rule row and the no-match case (P11-10g, CHK-15). */
@Verifies("CHK-15")
class SignaturePolicyDecisionTests {

	static DmnDecision decision;
	static DmnEngine engine;

	@BeforeAll
	static void parse() throws Exception {
		engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream in = SignaturePolicyDecisionTests.class.getResourceAsStream("/dmn/signature-policy.dmn")) {
			decision = engine.parseDecision("SignaturePolicyDecision", in);
		}
	}

	@ParameterizedTest(
			name = "{0} needs one of {1}, author excluded: {2}, signers of the same record with [{3}] excluded")
	@CsvSource(delimiter = ';',
			value = { "AUTHORED;PROCESS_OWNER,QUALITY_MANAGER,REVIEWER,APPROVER,IT_SECURITY,AUDITOR;false;''",
					"REVIEWED;REVIEWER,QUALITY_MANAGER;true;APPROVED",
					"APPROVED;APPROVER,QUALITY_MANAGER;true;REVIEWED",
					"RESPONSIBLE;QUALITY_MANAGER,PROCESS_OWNER,IT_SECURITY;false;''",
					"ACKNOWLEDGED;PROCESS_OWNER,QUALITY_MANAGER,REVIEWER,APPROVER,IT_SECURITY,AUDITOR;false;''" })
	void decidesRolesAuthorExclusionAndExcludedSignersPerMeaning_P11_10g_CHK_15(String meaning, String roles,
			boolean authorExcluded, String excludedSignerMeanings) {
		DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, Map.of("meaning", meaning));
		assertThat(result).hasSize(1);
		assertThat((String) result.getSingleResult().getEntry("requiredRoles")).isEqualTo(roles);
		assertThat((Boolean) result.getSingleResult().getEntry("authorExcluded")).isEqualTo(authorExcluded);
		assertThat((String) result.getSingleResult().getEntry("excludedSignerMeanings"))
			.isEqualTo(excludedSignerMeanings);
	}

	@Test
	void theReviewerOfARecordCannotApproveItAndTheApproverCannotReviewIt_CHK_15() {
		assertThat((String) engine.evaluateDecisionTable(decision, Map.of("meaning", "APPROVED"))
			.getSingleResult()
			.getEntry("excludedSignerMeanings")).contains("REVIEWED");
		assertThat((String) engine.evaluateDecisionTable(decision, Map.of("meaning", "REVIEWED"))
			.getSingleResult()
			.getEntry("excludedSignerMeanings")).contains("APPROVED");
	}

	@Test
	void knowsNoRuleForAnUnknownMeaning() {
		assertThat(engine.evaluateDecisionTable(decision, Map.of("meaning", "LIKED"))).isEmpty();
	}

	@Test
	void keepsItsEvaluationsForTenYears() throws Exception {
		// every decision needs a deliberate historyTimeToLive; its evaluations document
		// why a signature was allowed
		try (InputStream in = SignaturePolicyDecisionTests.class.getResourceAsStream("/dmn/signature-policy.dmn")) {
			String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(xml).contains("camunda:historyTimeToLive=\"3650\"");
		}
	}

}
