package org.gxpbridge.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/**
 * A process whose start event has no form (DocumentAcknowledgementProcess starts from
 * another process) is checked like any other: found by the modeler's first save, where it
 * answered 500 instead of the draft.
 */
class ModelContractFormlessStartTests {

	@Test
	void checksAProcessWhoseStartEventHasNoForm() throws IOException {
		Map<String, Set<String>> formKeys = new TreeMap<>();
		try (Stream<Path> forms = Files.list(Path.of("forms"))) {
			for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
				JsonNode json = new ObjectMapper().readTree(form.toFile());
				formKeys.put(json.get("id").asText(), new HashSet<>(json.findValuesAsText("key")));
			}
		}
		List<ModelProblem> problems = ModelContract.check(
				Bpmn.readModelFromFile(Path.of("processes", "document-acknowledgement.bpmn").toFile()),
				new ModelContract.Context(formKeys, Map.of("DocumentAcknowledgementProcess", 3650), bean -> true));
		assertThat(problems).isEmpty();
	}

}
