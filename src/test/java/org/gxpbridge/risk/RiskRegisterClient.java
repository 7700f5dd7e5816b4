package org.gxpbridge.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.gxpbridge.support.Http;

/**
 * Creates a risk register and its risks over HTTP, as an integration walk does (the calls
 * are documented in docs/user-guide-quality-manager.md, "Risk management"):
 * <ol>
 * <li>{@code POST /engine-rest/process-definition/key/RiskAssessmentProcess/start} with
 * {@code registerTitle} (a quality manager or process owner);</li>
 * <li>{@code GET /api/risks/registers?processInstanceId=} → {@code {id}};</li>
 * <li>{@code POST /api/risks/registers/{id}/risks} per risk (201, or 400 naming the
 * field).</li>
 * </ol>
 * The plan and the later steps are user tasks, completed through the inbox or engine
 * REST.
 */
public final class RiskRegisterClient {

	private final Http http;

	public RiskRegisterClient(Http http) {
		this.http = http;
	}

	/** Starts RiskAssessmentProcess; returns {processInstanceId, registerId}. */
	public String[] start(String title) {
		Http.Response started = http.post("/engine-rest/process-definition/key/RiskAssessmentProcess/start",
				Map.of("variables", Map.of("registerTitle", Map.of("value", title, "type", "String"))));
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		String pi = started.json().path("id").asText();
		Http.Response found = http.get("/api/risks/registers?processInstanceId=" + pi);
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		return new String[] { pi, found.json().path("id").asText() };
	}

	public Http.Response addRisk(String registerId, Map<String, Object> risk) {
		return http.post("/api/risks/registers/" + registerId + "/risks", risk);
	}

	/** A safety risk as JSON: the fields the API requires. */
	public static Map<String, Object> safetyRisk(String title, int severity, int probability) {
		return Map.of("kind", "SAFETY", "title", title, "hazard", "Valve failure", "hazardousSituation",
				"Uncontrolled infusion", "harm", "Overdose", "severity", severity, "probability", probability);
	}

	/** A cybersecurity risk as JSON. */
	public static Map<String, Object> cyberRisk(String title, int severity, int exploitability) {
		return Map.of("kind", "CYBERSECURITY", "title", title, "asset", "Pump API", "threat", "Ward network attacker",
				"vulnerability", "Unauthenticated endpoint", "severity", severity, "exploitability", exploitability);
	}

}
