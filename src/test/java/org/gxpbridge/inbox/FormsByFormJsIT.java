package org.gxpbridge.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.support.Browser;
import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forms are drawn by form-js from the deployed schema and checked again by the server
 * against the same schema (issue 14 item 2). A test-only deployment
 * (src/test/resources/formjs) has what no production form needs yet: a dynamic list and a
 * field shown only for a critical finding.
 */
@GxpServerTest
class FormsByFormJsIT {

	static final String PROCESS = "FindingWorksheetProcess";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	RepositoryService repository;

	@Autowired
	HistoryService history;

	@BeforeEach
	void deployOnce() throws IOException {
		if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
			try (InputStream bpmn = getClass().getResourceAsStream("/formjs/finding-worksheet.bpmn");
					InputStream form = getClass().getResourceAsStream("/formjs/finding-worksheet.form")) {
				repository.createDeployment()
					.name("form-js test worksheet")
					.addInputStream("finding-worksheet.bpmn", bpmn)
					.addInputStream("finding-worksheet.form", form)
					.deploy();
			}
		}
	}

	/** A claimed task of a fresh worksheet. */
	String worksheet(String businessKey) {
		// started by the test itself: the roles' engine authorizations are provisioned
		// for the models of processes/
		String pi = runtime.startProcessInstanceByKey(PROCESS, businessKey, Map.of("area", "Cleanroom B")).getId();
		String taskId = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
		tasks.claim(taskId, "reviewer");
		return taskId;
	}

	HttpResponse<String> submit(FormSession session, String taskId, String json) {
		return session.postForm("/inbox/tasks/" + taskId, "/inbox/tasks/" + taskId + "/complete",
				"_form=" + URLEncoder.encode(json, StandardCharsets.UTF_8));
	}

	@Test
	@Verifies("URS-12")
	void theServerRefusesWhatTheFormDoesNotAllowFieldByField() {
		FormSession session = FormSession.signedIn(port, "reviewer", Http.DEMO_PASSWORD);
		String taskId = worksheet("WS-HTTP-1");
		String valid = "\"reference\":\"FND-001\",\"severity\":\"minor\",\"observations\":[{\"observation\":\"Door open\"}]";

		assertThat(submit(session, taskId, "{" + valid + ",\"approvedBy\":\"qm\"}").body()).as("undeclared field")
			.contains("&#39;approvedBy&#39; is not a field of this form");
		assertThat(submit(session, taskId, "{" + valid.replace("FND-001", "F-1") + "}").body()).as("pattern")
			.contains("Reference must match the pattern");
		assertThat(submit(session, taskId, "{" + valid.replace("minor", "catastrophic") + "}").body()).as("options")
			.contains("Severity: choose one of the offered values");
		assertThat(submit(session, taskId, "{" + valid.replace("minor", "critical") + "}").body())
			.as("a critical finding shows the reason field, and it is required")
			.contains("Why escalate to the quality unit is required");
		HttpResponse<String> rows = submit(session, taskId,
				"{\"reference\":\"FND-001\",\"severity\":\"minor\",\"observations\":[{\"observation\":\"ok\"},"
						+ "{\"observation\":\"\",\"score\":9}]}");
		assertThat(rows.body()).as("errors of the second row, keyed by component and row as form-js shows them")
			.contains("Observation is required")
			.contains("Score must be at most 5")
			.contains("&quot;Field_Score&quot;:{&quot;1&quot;:[&quot;Score must be at most 5&quot;]}");
		assertThat(rows.body()).as("the values come back").contains("&quot;observation&quot;:&quot;ok&quot;");
		assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("nothing refused completed the task").isOne();

		HttpResponse<String> accepted = submit(session, taskId, "{" + valid + ",\"escalationReason\":\"\"}");
		assertThat(accepted.statusCode()).as("the reason is hidden for a minor finding, so not required")
			.isEqualTo(302);
		assertThat(variable(taskId, "observations")).isEqualTo("[{\"observation\":\"Door open\"}]");
		assertThat(variable(taskId, "area")).as("the read-only field stays as the record has it")
			.isEqualTo("Cleanroom B");
	}

	@Test
	@Verifies("URS-12")
	void aReviewerFillsADynamicListAndAConditionalFieldInTheBrowser() {
		String taskId = worksheet("WS-UI-1");
		try (Browser browser = new Browser(port)) {
			InboxPagesIT.signIn(browser, "reviewer");
			WebDriver d = browser.open("/inbox/tasks/" + taskId).driver();
			assertThat(browser.field("area").value()).isEqualTo("Cleanroom B");
			browser.field("reference").fill("FND-042");
			browser.field("severity").choose("Major");
			assertThat(browser.field("escalationReason").visible()).as("hidden unless critical").isFalse();
			browser.field("severity").choose("Critical");
			browser.field("escalationReason").fill("Sterile area affected");
			browser.field("observation", 0).fill("Door propped open");
			d.findElement(By.cssSelector(".fjs-repeat-render-add")).click();
			browser.field("observation", 1).fill("Gowning log incomplete");
			browser.field("score", 1).fill("4");
			browser.field("affected").choose("people");
			browser.screenshot("form-js-dynamic-list-and-condition");
			d.findElement(By.id("complete")).click();
			assertThat(browser.awaitText("info", "Task completed")).isEqualTo("Task completed");
		}
		assertThat(variable(taskId, "escalationReason")).isEqualTo("Sterile area affected");
		assertThat(variable(taskId, "observations")).contains("Door propped open")
			.contains("{\"observation\":\"Gowning log incomplete\",\"score\":4}");
		assertThat(variable(taskId, "affected")).isEqualTo("[\"people\"]");
	}

	private String variable(String taskId, String name) {
		String pi = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getProcessInstanceId();
		var value = history.createHistoricVariableInstanceQuery()
			.processInstanceId(pi)
			.variableName(name)
			.singleResult();
		return value == null ? null : String.valueOf(value.getValue());
	}

}
