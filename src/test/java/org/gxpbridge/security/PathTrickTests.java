package org.gxpbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * URL rules must hold for the path the application acts on, however the client spells it
 * (P11-10d, CHK-24): percent-encoded letters, trailing and double slashes, dot segments,
 * path parameters such as ;jsessionid= and a different case must be refused (400, 403 or
 * 404, or sent to the login page) and never reach the operation. Each request is sent raw
 * over the socket (java.net.http does not normalise paths) by someone who may not do the
 * operation, with a body that would do it; afterwards the fixtures are checked as an
 * inspector would.
 */
@GxpServerTest
class PathTrickTests {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private static final String PROBE_BPMN = "--x\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\npath-trick\r\n"
			+ "--x\r\nContent-Disposition: form-data; name=\"data\"; filename=\"trick.bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n"
			+ "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
			+ "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"t\"><process id=\"PathTrickProcess\" isExecutable=\"true\" "
			+ "camunda:historyTimeToLive=\"1\"><startEvent id=\"StartEvent_Trick\"/></process></definitions>\r\n--x--\r\n";

	private static final String SKIP_REVIEW = "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ApproveDocument\"},"
			+ "{\"type\":\"cancel\",\"activityId\":\"Task_ReviewDocument\"}],\"skipCustomListeners\":true}";

	private static final String START = "{\"businessKey\":\"PATH-TRICK\",\"variables\":{\"documentNumber\":{\"value\":\"PATH-TRICK\"}}}";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	RepositoryService repository;

	String running;

	String finished;

	record Trick(String user, String method, String path, String contentType, String body) {
	}

	@BeforeEach
	void fixtures() {
		running = start();
		finished = start();
		String review = tasks.createTaskQuery().processInstanceId(finished).singleResult().getId();
		Http.Response signed = Http.as(port, "reviewer")
			.post("/api/tasks/" + review + "/sign", Map.of("meaning", "REVIEWED", "password", Http.DEMO_PASSWORD,
					"variables", Map.of("reviewOutcome", "REJECTED")));
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
	}

	private String start() {
		String number = "TRICK-" + UUID.randomUUID().toString().substring(0, 8);
		Http.Response r = Http.as(port, "owner")
			.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start",
					Map.of("businessKey", number, "variables", Http.vars("documentNumber", number, "documentTitle",
							"Path tricks", "documentVersion", "1.0", "changeSummary", "fixture")));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json().get("id").asText();
	}

	List<Trick> tricks() {
		String multipart = "multipart/form-data; boundary=x";
		String json = "application/json";
		String pi = running;
		return List.of(new Trick("reviewer", "GET", "/api/%61dmin/users", null, null),
				new Trick("reviewer", "GET", "/api/%41DMIN/users", null, null),
				new Trick("reviewer", "POST", "/api/%61dmin/users", json,
						"{\"userId\":\"tricky\",\"fullName\":\"Tricky\",\"email\":\"t@example.org\",\"roles\":[\"ADMIN\"],\"initialPassword\":\"Tricky-Pass-2026!\"}"),
				new Trick("reviewer", "GET", "/api/admin/users/", null, null),
				new Trick("reviewer", "GET", "/api//admin/users", null, null),
				new Trick("reviewer", "GET", "/api/./admin/users", null, null),
				new Trick("reviewer", "GET", "/api/admin;jsessionid=x/users", null, null),
				new Trick("reviewer", "GET", "/API/admin/users", null, null),
				new Trick("reviewer", "GET", "/Api/Admin/users", null, null),
				new Trick("owner", "POST", "/engine-rest/%64eployment/create", multipart, PROBE_BPMN),
				new Trick("owner", "POST", "/engine-rest/deployment/create/", multipart, PROBE_BPMN),
				new Trick("owner", "POST", "/engine-rest//deployment/create", multipart, PROBE_BPMN),
				new Trick("owner", "POST", "/engine-rest/./deployment/create", multipart, PROBE_BPMN),
				new Trick("owner", "POST", "/engine-rest/x/../deployment/create", multipart, PROBE_BPMN),
				new Trick("owner", "POST", "/engine-rest/deployment;jsessionid=abc/create", multipart, PROBE_BPMN),
				new Trick("owner", "POST", "/engine-rest/deployment%2Fcreate", multipart, PROBE_BPMN),
				new Trick("owner", "POST", "/Engine-Rest/deployment/create", multipart, PROBE_BPMN),
				new Trick("reviewer", "POST", "/engine-rest/process-definition/key/DocumentApprovalProcess/start/",
						json, START),
				new Trick("reviewer", "POST",
						"/engine-rest/process-definition/key/DocumentApprovalProcess/start;jsessionid=abc", json,
						START),
				new Trick("reviewer", "POST", "/engine-rest/process-definition/key/DocumentApprovalProcess/%73tart",
						json, START),
				new Trick("reviewer", "POST", "/engine-rest/process-definition//key/DocumentApprovalProcess/start",
						json, START),
				new Trick("reviewer", "POST", "/ENGINE-REST/process-definition/key/DocumentApprovalProcess/start", json,
						START),
				new Trick("reviewer", "POST", "/engine-rest/process-instance/" + pi + "/modification/", json,
						SKIP_REVIEW),
				new Trick("reviewer", "POST", "/engine-rest/process-instance/" + pi + "/%6Dodification", json,
						SKIP_REVIEW),
				new Trick("reviewer", "POST", "/engine-rest/process-instance//" + pi + "/modification", json,
						SKIP_REVIEW),
				new Trick("reviewer", "POST", "/engine-rest/process-instance/" + pi + "/modification;jsessionid=abc",
						json, SKIP_REVIEW),
				new Trick("reviewer", "POST", "/Engine-Rest/process-instance/" + pi + "/modification", json,
						SKIP_REVIEW),
				new Trick("admin", "POST", "/engine-rest/history/process-instance/delete/", json,
						"{\"historicProcessInstanceIds\":[\"" + finished + "\"],\"deleteReason\":\"trick\"}"),
				new Trick("admin", "DELETE", "/engine-rest/history/process-instance/" + finished + "/", null, null),
				new Trick("admin", "DELETE", "/engine-rest//history/process-instance/" + finished, null, null),
				new Trick("admin", "DELETE", "/engine-rest/%68istory/process-instance/" + finished, null, null),
				new Trick("admin", "DELETE", "/engine-rest/process-instance/" + pi + "/", null, null),
				new Trick("admin", "DELETE", "/engine-rest/process-instance/" + pi + ";jsessionid=abc", null, null),
				new Trick("admin", "POST", "/engine-rest/user/create/", json,
						"{\"profile\":{\"id\":\"tricky\",\"firstName\":\"T\",\"lastName\":\"T\",\"email\":\"t@example.org\"},\"credentials\":{\"password\":\"Tricky-Pass-2026!\"}}"),
				new Trick("admin", "POST", "/engine-rest/%75ser/create", json,
						"{\"profile\":{\"id\":\"tricky\",\"firstName\":\"T\",\"lastName\":\"T\",\"email\":\"t@example.org\"},\"credentials\":{\"password\":\"Tricky-Pass-2026!\"}}"));
	}

	@Test
	void spellingsOfAPathDoNotGetPastItsRules() {
		long deployments = repository.createDeploymentQuery().count();
		long users = Http.as(port, "admin").get("/api/admin/users").json().size();
		List<String> failures = new ArrayList<>();
		for (Trick trick : tricks()) {
			HttpResponse<Void> answer = send(trick);
			int status = answer.statusCode();
			// a spelling outside /api and /engine-rest falls to the page chain, which
			// takes no HTTP Basic: it sends
			// the client to the login page, so the request reached nothing either
			boolean toLogin = status == 302 && answer.headers().firstValue("Location").orElse("").endsWith("/login");
			if (status != 400 && status != 403 && status != 404 && !toLogin) {
				failures.add(trick.user() + " " + trick.method() + " " + trick.path() + " -> " + status);
			}
		}
		assertThat(failures).as("path spellings that were not refused").isEmpty();
		assertThat(runtime.getActiveActivityIds(running)).as("still at its review")
			.containsExactly("Task_ReviewDocument");
		Task review = tasks.createTaskQuery().processInstanceId(running).singleResult();
		assertThat(review.getAssignee()).as("review unassigned").isNull();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(finished).count()).as("history kept")
			.isEqualTo(1);
		assertThat(repository.createDeploymentQuery().count()).as("no new deployment").isEqualTo(deployments);
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("PathTrickProcess").count()).isZero();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("PATH-TRICK").count())
			.as("nothing started")
			.isZero();
		assertThat(Http.as(port, "admin").get("/api/admin/users").json().size()).as("no new account").isEqualTo(users);
	}

	private HttpResponse<Void> send(Trick trick) {
		HttpRequest.BodyPublisher body = trick.body() == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(trick.body());
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + trick.path()))
			.method(trick.method(), body)
			.header("Accept", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((trick.user() + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
		if (trick.contentType() != null) {
			b.header("Content-Type", trick.contentType());
		}
		try {
			return CLIENT.send(b.build(), HttpResponse.BodyHandlers.discarding());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
