package org.gxpbridge.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;

/**
 * The modeler's lint rules (src/main/frontend/lint, the model contract as bpmnlint rules)
 * run by Node's test runner inside the Maven build: the shipped DocumentApprovalProcess
 * passes them, and each breach of the contract (a Modeler default id, a user task without
 * documentation, candidate groups or form, an unknown signature meaning or group, a
 * history time to live below the retention) is reported on its element. The server's copy
 * of the Modeler-default-id rule tells the same list of ids apart as the editor's.
 */
@Verifies({ "A11-10", "CHK-24" })
class ModelLintRulesTests {

	@Test
	void theEditorsLintHoldsTheShippedModelAndReportsEachBreachOfTheContract()
			throws IOException, InterruptedException {
		Path frontend = Path.of("src", "main", "frontend");
		assumeTrue(Files.isDirectory(frontend.resolve("node_modules")),
				"the front-end packages are installed by the build (skipped with -Dfrontend.skip=true)");
		Process node = new ProcessBuilder("node", "--test", "lint/test/").directory(frontend.toFile())
			.redirectErrorStream(true)
			.start();
		String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(node.exitValue()).as(out).isZero();
		Matcher passed = Pattern.compile("# pass (\\d+)").matcher(out);
		assertThat(passed.find()).as(out).isTrue();
		assertThat(Integer.parseInt(passed.group(1))).as(out).isGreaterThanOrEqualTo(6);
		assertThat(out).contains("# fail 0");
	}

	@Test
	@Verifies("CHK-24")
	void theServerTellsModelerDefaultIdsApartLikeTheEditorsLint() throws IOException {
		JsonNode ids = new ObjectMapper()
			.readTree(Path.of("src", "main", "frontend", "lint", "test", "modeler-ids.json").toFile());
		List<String> defaults = texts(ids.path("modelerDefaults"));
		List<String> meaningful = texts(ids.path("meaningful"));
		assertThat(defaults).hasSizeGreaterThanOrEqualTo(7)
			.allSatisfy(id -> assertThat(ModelContract.MODELER_DEFAULT_ID.matcher(id).matches()).as(id).isTrue());
		assertThat(meaningful).isNotEmpty()
			.allSatisfy(id -> assertThat(ModelContract.MODELER_DEFAULT_ID.matcher(id).matches()).as(id).isFalse());
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(id -> texts.add(id.asText()));
		return texts;
	}

}
