package org.gxpbridge.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.EngineRestOperations.Operation;
import org.gxpbridge.workflow.MatrixClient.Answer;
import org.gxpbridge.workflow.MatrixClient.Principal;
import org.gxpbridge.workflow.MatrixClient.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9, DESIGN.md §5: every write of Camunda's REST API (from its own openapi.json),
 * for every role, on both routes to the engine (engine REST and the webapps' copy of it),
 * sent with real ids and a body that would do harm. Each cell must (a) never answer 5xx,
 * (b) be refused unless {@link AllowedCells} allows it, and (c) leave the fixtures as
 * they were (P11-10d, P11-10g, CHK-15, CHK-24). All failing cells are reported together
 * as one table.
 */
@GxpServerTest
@Verifies({ "P11-10d", "P11-10g", "A11-12", "CHK-15", "CHK-24", "URS-07" })
class EngineRestRoleMatrixTests {

	/**
	 * POST/PUT/DELETE operations of Camunda 7.24's openapi.json that are writes by the
	 * rule in EngineRestOperations.
	 */
	static final int WRITES_IN_OPENAPI = 158;
	static final List<String> USERS = List.of("admin", "owner", "qm", "reviewer", "approver", "itsec", "auditor",
			"inspector");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Set<Integer> REFUSAL_WITH_REASON = Set.of(400, 404, 405, 409, 422);

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	List<SmartInitializingSingleton> initializers;

	@Test
	void openApiDescribesEveryWriteTheMatrixSends() {
		List<List<Operation>> ops = EngineRestOperations.load();
		assertThat(ops.get(0)).as("writes; a new Camunda version with new writes needs its rows in AllowedCells")
			.hasSize(WRITES_IN_OPENAPI);
		assertThat(ops.get(0).size() + ops.get(1).size()).as("all POST/PUT/DELETE operations").isEqualTo(191);
		assertThat(ops.get(1)).extracting(Operation::id)
			.contains("queryTasks", "queryTasksCount", "postQueryGroups", "postExecuteFilterList")
			.doesNotContain("verifyUser", "fetchAndLock", "generateMigrationPlan");
	}

	@Test
	void everyEngineRestWriteIsRefusedUnlessTheRoleMayDoIt() {
		runMatrix(Route.ENGINE_REST);
	}

	@Test
	void everyWriteThroughTheWebappsEngineApiIsRefusedUnlessTheRoleMayDoIt() {
		runMatrix(Route.WEBAPP);
	}

	@Test
	void badIdsAndUnknownObjectsAnswerAJsonFourHundredNeverAServerError() {
		Http.Response started = Http.as(port, "owner")
			.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start",
					Map.of("businessKey", "MATRIX-BAD-IDS", "variables", Http.vars("documentNumber", "MATRIX-BAD-IDS",
							"documentTitle", "Bad ids", "documentVersion", "1.0", "changeSummary", "fixture")));
		String task = Http.as(port, "qm")
			.get("/engine-rest/task?processInstanceId=" + started.json().get("id").asText())
			.json()
			.get(0)
			.get("id")
			.asText();
		Http qm = Http.as(port, "qm").withHeader("X-GxP-Reason", "matrix: bad input");
		Map<String, Http.Response> answers = new LinkedHashMap<>();
		answers.put("qm assigns the review to an unknown user",
				qm.post("/engine-rest/task/" + task + "/assignee", Map.of("userId", "no such user")));
		answers.put("qm delegates to a path-like user id",
				qm.post("/engine-rest/task/" + task + "/delegate", Map.of("userId", "../../admin")));
		answers.put("reviewer claims for an unknown user", Http.as(port, "reviewer")
			.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "nobody-here")));
		answers.put("qm adds an unknown user as candidate", qm.post("/engine-rest/task/" + task + "/identity-links",
				Map.of("userId", "ghost", "type", "candidate")));
		answers.put("profile of an unknown user",
				Http.as(port, "reviewer").get("/engine-rest/user/no%20such%20user/profile"));
		answers.put("retries of an unknown job", qm.put("/engine-rest/job/no-such-job/retries", Map.of("retries", 1)));
		answers.put("modification of an unknown instance", qm.post(
				"/engine-rest/process-instance/no-such-instance/modification",
				Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "Task_ReviewDocument")))));
		answers.put("claim of an unknown task",
				Http.as(port, "qm").post("/engine-rest/task/no-such-task/claim", Map.of("userId", "qm")));
		List<String> wrong = new ArrayList<>();
		answers.forEach((what, r) -> {
			boolean jsonFourHundred = r.status() >= 400 && r.status() < 500
					&& !r.json().path("message").asText().isBlank() && !r.body().contains("at org.")
					&& !r.body().contains("at java.");
			if (!jsonFourHundred) {
				wrong.add(what + ": " + r.status() + " " + r.body());
			}
		});
		assertThat(wrong).as("bad ids not answered with a JSON 4xx").isEmpty();
	}

	private void runMatrix(Route route) {
		long started = System.nanoTime();
		List<List<Operation>> ops = EngineRestOperations.load();
		List<Operation> writes = EngineRestOperations.withVariants(ops.get(0));
		Map<Principal, MatrixClient> clients = new LinkedHashMap<>();
		USERS
			.forEach(u -> clients.put(new Principal(u, false), new MatrixClient(port, route, new Principal(u, false))));
		clients.put(new Principal(null, false), new MatrixClient(port, route, new Principal(null, false)));
		clients.put(new Principal("owner", true), new MatrixClient(port, route, new Principal("owner", true)));
		MatrixFixtures fixtures = new MatrixFixtures(engine, port, this::redeployModels);
		fixtures.create();

		List<String> failures = new ArrayList<>();
		int cells = 0;
		for (Operation op : writes) {
			for (var client : clients.entrySet()) {
				cells++;
				failures.addAll(cell(route, op, client.getKey(), client.getValue(), fixtures,
						AllowedCells.allows(op, client.getKey())));
			}
		}
		// query POSTs are reads: they need not be refused, but must not fail or change
		// anything either
		for (Operation op : ops.get(1)) {
			for (String user : List.of("reviewer", "inspector")) {
				cells++;
				failures.addAll(cell(route, op, new Principal(user, false), clients.get(new Principal(user, false)),
						fixtures, true));
			}
		}
		List<String> changedAtTheEnd = fixtures.changes(fixtures.snapshot(), List.of());
		if (!changedAtTheEnd.isEmpty()) {
			failures.add("| (all cells) | | | " + route + " | | | fixtures changed: " + changedAtTheEnd + " |");
		}
		long seconds = (System.nanoTime() - started) / 1_000_000_000L;
		System.out.printf("Role matrix on %s: %d writes (+variants %d), %d query POSTs, %d cells, %d failing, %d s%n",
				route, ops.get(0).size(), writes.size() - ops.get(0).size(), ops.get(1).size(), cells, failures.size(),
				seconds);
		assertThat(failures)
			.as("failing cells on " + route + " (" + failures.size() + " of " + cells + ", fixtures: "
					+ fixtures.describe() + ")\n| operation | method | path | route | who | status | answer |\n"
					+ String.join("\n", failures))
			.isEmpty();
	}

	private List<String> cell(Route route, Operation op, Principal who, MatrixClient client, MatrixFixtures fixtures,
			boolean allowed) {
		List<String> ignored = List.of();
		if (op.is("unclaim")) {
			fixtures.assignReviewTo("reviewer");
			ignored = List.of("task.assignee", "task.links");
		}
		MatrixRequests.Request request = MatrixRequests.build(op, fixtures.ids(), who.user());
		Answer answer = client.send(request);
		// a 401/403 answered before or by the engine's authorization check changed
		// nothing: skip the (costly) snapshot;
		// the fixtures are compared once more at the end
		boolean refusedAtTheDoor = (answer.status() == 401 || answer.status() == 403) && !allowed;
		Map<String, String> now = refusedAtTheDoor ? Map.of() : fixtures.snapshot();
		List<String> changes = refusedAtTheDoor ? List.of() : fixtures.changes(now, ignored);
		List<String> problems = new ArrayList<>();
		if (answer.status() >= 500) {
			problems.add("server error");
		}
		if (!allowed && answer.status() < 500 && !isRefusal(answer, who)) {
			problems.add("not refused");
		}
		if (!allowed && !changes.isEmpty()) {
			problems.add("changed " + changes);
		}
		if (!changes.isEmpty() || op.is("unclaim")) {
			fixtures.heal(now);
		}
		if (problems.isEmpty()) {
			return List.of();
		}
		System.out.println(
				"MATRIX FAIL " + route + " " + op.label() + " " + who.label() + " " + answer.status() + " " + problems);
		return List.of("| " + op.label() + " | " + op.method() + " | " + op.path() + " | " + route + " | " + who.label()
				+ " | " + answer.status() + " | " + String.join("; ", problems) + ": " + snippet(answer.body()) + " |");
	}

	/**
	 * 401/403, a 4xx whose JSON says why, or (webapp, nobody logged in) the way to the
	 * login page.
	 */
	static boolean isRefusal(Answer answer, Principal who) {
		int status = answer.status();
		if (status == 401 || status == 403) {
			return true;
		}
		if (who.user() == null && status == 302 && answer.location() != null && answer.location().endsWith("/login")) {
			return true;
		}
		if (!REFUSAL_WITH_REASON.contains(status)) {
			return false;
		}
		try {
			JsonNode json = JSON.readTree(answer.body());
			return json != null && json.hasNonNull("message") && !json.get("message").asText().isBlank();
		}
		catch (Exception e) {
			return false;
		}
	}

	private static String snippet(String body) {
		String flat = body == null ? "" : body.replaceAll("\\s+", " ");
		return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
	}

	/**
	 * A cell that deleted the models' deployment must not end the matrix: deploy them
	 * again as the server does at start.
	 */
	private void redeployModels() {
		initializers.stream()
			.filter(i -> i.getClass().getSimpleName().startsWith("ModelDeployer"))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("ModelDeployer not found"))
			.afterSingletonsInstantiated();
	}

}
