package org.gxpbridge.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server's check of a submission against the deployed form-js schema. */
@Verifies("URS-12")
class FormCheckTests {

	static JsonNode worksheet;

	@BeforeAll
	static void read() throws IOException {
		try (InputStream in = FormCheckTests.class.getResourceAsStream("/formjs/finding-worksheet.form")) {
			worksheet = new ObjectMapper().readTree(in);
		}
	}

	static Map<String, Object> valid() {
		return Map.of("reference", "FND-001", "severity", "minor", "observations",
				List.of(Map.of("observation", "Door open", "score", 2)));
	}

	static FormCheck.Result check(Map<String, ?> submitted) {
		return FormCheck.check(worksheet, submitted, Map.of("area", "Cleanroom B"));
	}

	static Map<String, Object> with(String key, Object value) {
		Map<String, Object> values = new HashMap<>(valid());
		values.put(key, value);
		return values;
	}

	@Test
	void acceptsAValidSubmissionAndStoresListsAsJsonText() {
		FormCheck.Result result = check(valid());
		assertThat(result.valid()).isTrue();
		assertThat(result.variables()).containsEntry("reference", "FND-001")
			.containsEntry("observations", "[{\"observation\":\"Door open\",\"score\":2}]")
			.containsEntry("confirmed", false)
			.doesNotContainKey("escalationReason")
			.doesNotContainKey("area");
	}

	@Test
	void refusesAFieldTheFormDoesNotDeclare() {
		assertThat(check(with("approvedBy", "qm")).errors()).containsEntry(FormCheck.FORM_ERROR,
				List.of("'approvedBy' is not a field of this form"));
	}

	@Test
	void refusesAValueAgainstPatternOptionsAndRange() {
		assertThat(check(with("reference", "F-1")).errors()).containsKey("Field_Reference");
		assertThat(check(with("severity", "catastrophic")).errors()).containsKey("Field_Severity");
		assertThat(check(with("affected", List.of("people", "planets"))).errors()).containsKey("Field_Areas");
		assertThat(check(with("due", "30.11.2026")).errors()).containsKey("Field_Due");
		assertThat(check(with("observations", List.of(Map.of("observation", "x", "score", 0)))).errors())
			.isEqualTo(Map.of("Field_Score", Map.of("0", List.of("Score must be at least 1"))));
	}

	@Test
	void aFieldHiddenByItsConditionIsNeitherRequiredNorTaken() {
		assertThat(check(with("escalationReason", "ignored")).variables()).doesNotContainKey("escalationReason");
		assertThat(check(with("severity", "critical")).errors()).containsEntry("Field_EscalationReason",
				List.of("Why escalate to the quality unit is required"));
		Map<String, Object> critical = with("severity", "critical");
		critical.put("escalationReason", "Sterile area");
		assertThat(check(critical).variables()).containsEntry("escalationReason", "Sterile area");
	}

	@Test
	void aPlainHtmlFormGivesTheSameTypedValues() {
		FormCheck.Result result = check(
				Map.of("reference", "FND-002", "severity", "major", "confirmed", "on", "affected", "people,equipment"));
		assertThat(result.valid()).isTrue();
		assertThat(result.variables()).containsEntry("confirmed", true)
			.containsEntry("affected", "[\"people\",\"equipment\"]");
	}

	@Test
	void aReadOnlyFieldIsNotInput() {
		assertThat(check(with("area", "Somewhere else")).variables()).doesNotContainKey("area");
	}

}
