package org.gxpbridge.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.controls.DocumentAcknowledgementModel;
import org.gxpbridge.support.Browser;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process owner models in the browser: a file of the desktop Modeler opens and comes
 * back with its camunda: attributes; a deployed process opens, a user task is renamed in
 * the properties panel, a Modeler default id shows as a lint finding, the draft is saved
 * and submitted with a reason, and the diff page marks the renamed task and shows the
 * file's changed lines. QA claims the review in the inbox, follows the diff link,
 * approves, and signs the approval with the password; the deploy step records the version
 * on the deployment history page, and a fresh instance of the process shows the renamed
 * step in the inbox. The two asynchronous steps (validation, deployment) run as the
 * tests' jobs: the job executor is off in tests.
 */
@GxpServerTest
class ModelerPagesIT {

	static final Pattern CAMUNDA_ATTRIBUTE = Pattern.compile("camunda:[A-Za-z]+=\"[^\"]*\"");

	static final String RENAMED = "Resolve objection to the document";

	static final Pattern CHANGE_ID = Pattern.compile("MC-\\d+");

	static final Pattern DRAFT_ID = Pattern.compile("MD-\\d+");

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@BeforeEach
	void setUp() {
		init(engine);
	}

	@Test
	@Verifies({ "A11-10", "CHK-24" })
	void processOwnerRenamesAUserTaskQaApprovesItWithASignatureAndAFreshInstanceRunsIt() throws IOException {
		String changeId;
		String draftId;
		try (Browser browser = new Browser(port)) {
			WebDriver d = signIn(browser, "owner");
			browser.open("/modeler");

			Path shipped = Path.of("processes", "document-approval.bpmn").toAbsolutePath();
			d.findElement(By.id("import-file")).sendKeys(shipped.toString());
			awaitText(d, "current-title", "document-approval.bpmn");
			assertThat(camundaAttributes(exported(d))).as("a Modeler file survives the round trip")
				.isEqualTo(camundaAttributes(Files.readString(shipped)));
			d.findElement(By.id("close")).click();

			d.findElement(By.cssSelector("#models tr[data-key=DocumentAcknowledgementProcess] button.open-model"))
				.click();
			awaitText(d, "current-title", "(deployed)");
			((JavascriptExecutor) d).executeScript("window.gxpModeler.editor.select('Task_ResolveObjection')");
			if (d.findElements(By.cssSelector(".bio-properties-panel-group-entries.open #bio-properties-panel-name"))
				.isEmpty()) {
				d.findElement(By.cssSelector("[data-group-id=group-general] .bio-properties-panel-group-header"))
					.click();
			}
			retype(d.findElement(By.id("bio-properties-panel-name")), RENAMED);
			retype(d.findElement(By.id("bio-properties-panel-id")), "Activity_0abc123");
			WebElement finding = d.findElement(By.cssSelector("#lint-list li[data-rule='gxp/meaningful-id']"));
			assertThat(finding.getText()).contains("Activity_0abc123", "meaningful id");
			browser.screenshot("modeler-lint");
			retype(d.findElement(By.id("bio-properties-panel-id")), "Task_ResolveObjection");
			wait(d)
				.until(x -> x.findElements(By.cssSelector("#lint-list li[data-rule='gxp/meaningful-id']")).isEmpty());

			d.findElement(By.id("save-draft")).click();
			awaitText(d, "current-draft", "draft ");
			d.findElement(By.id("reason")).sendKeys("Name the objection step after what is resolved");
			d.findElement(By.id("submit")).click();
			awaitText(d, "submit-result", "Submitted as change");
			changeId = found(CHANGE_ID, d.findElement(By.id("submit-result")).getText());
			browser.screenshot("modeler");

			d.findElement(By.id("diff-link")).click();
			draftId = found(DRAFT_ID, browser.awaitUrlContaining("/diff"));
			WebElement changed = d.findElement(By.cssSelector("#changes tr[data-element-id=Task_ResolveObjection]"));
			assertThat(changed.getText()).contains("changed", RENAMED, "Resolve objection →");
			assertThat(d.findElements(By.cssSelector("#draft-canvas .djs-element.diff-changed"))).isNotEmpty();
			assertThat(d.findElement(By.id("xml-diff")).getText()).contains(RENAMED);
			assertThat(d.findElements(By.cssSelector("#xml-diff .line-added"))).isNotEmpty();
			browser.screenshot("model-diff");
		}

		// the validation step is asynchronous: the draft passes it and waits for QA
		ProcessInstance change = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(ModelChangeModel.PROCESS_KEY)
			.variableValueEquals(ModelChangeModel.VAR_CHANGE_ID, changeId)
			.singleResult();
		assertThat(change.getBusinessKey()).as("the change runs under its draft's id").isEqualTo(draftId);
		execute(job(ModelChangeModel.TASK_VALIDATE, change));
		assertThat(change)
			.as("validated: %s", engine.getRuntimeService().getVariable(change.getId(), ModelChangeModel.VAR_PROBLEMS))
			.isWaitingAt(ModelChangeModel.TASK_REVIEW);
		String review = task(ModelChangeModel.TASK_REVIEW, change).getId();

		// QA reviews with the diff and approves with a Part 11 signature in the inbox
		// (CHK-24)
		try (Browser browser = new Browser(port)) {
			WebDriver d = signIn(browser, "qm");
			browser.open("/inbox?businessKey=" + draftId);
			d.findElement(By.cssSelector("#tasks tr[data-task-id='" + review + "'] button.claim")).click();
			assertThat(browser.awaitText("info", "Task claimed")).isEqualTo("Task claimed");
			assertThat(browser.field(ModelChangeModel.VAR_DIFF_LINK).value())
				.isEqualTo("/modeler/drafts/" + draftId + "/diff");
			assertThat(d.findElements(By.cssSelector("a[href='/modeler/drafts/" + draftId + "/diff']")))
				.as("the diff page is one click away")
				.isNotEmpty();
			browser.field(ModelChangeModel.VAR_REVIEW_OUTCOME).choose(ModelChangeModel.OUTCOME_APPROVE);
			browser.field(ModelChangeModel.VAR_REVIEW_COMMENT).fill("Diff read: the step name only");
			d.findElement(By.id("complete")).click();
			assertThat(browser.awaitText("info", "Task completed")).isEqualTo("Task completed");

			String approval = task(ModelChangeModel.TASK_APPROVE, change).getId();
			browser.open("/inbox?businessKey=" + draftId);
			d.findElement(By.cssSelector("#tasks tr[data-task-id='" + approval + "'] button.claim")).click();
			assertThat(d.findElement(By.id("meaning")).getText()).isEqualTo("APPROVED");
			browser.field(ModelChangeModel.VAR_APPROVAL_COMMENT).fill("Approved for deployment");
			d.findElement(By.id("sign-password")).sendKeys(Http.DEMO_PASSWORD);
			browser.screenshot("model-change-approval");
			d.findElement(By.id("sign")).click();
			assertThat(browser.awaitText("info", "Signed as APPROVED")).contains("Signed as APPROVED");

			assertThat(change).isWaitingAt(ModelChangeModel.TASK_DEPLOY);
			execute(job(ModelChangeModel.TASK_DEPLOY, change));
			assertThat(change).isEnded();

			// the history shows the version (the quality unit reads it as inspectors do)
			JsonNode deployed = Http.as(port, "inspector").get("/api/deployments").json().get(0);
			assertThat(deployed.path("changeId").asText()).isEqualTo(changeId);
			browser.open("/deployments");
			WebElement row = d.findElement(By.cssSelector("#deployments tr[data-change-id='" + changeId + "']"));
			assertThat(row.getText()).contains(deployed.path("deploymentId").asText(),
					deployed.path("checksum").asText(), draftId, "passed");
			assertThat(row.findElement(By.className("approved-by")).getText()).isEqualTo("qm");
			browser.screenshot("deployments");

			// a fresh instance runs the new version: its objection step has the new name
			String document = "SOP-MOD-" + UUID.randomUUID().toString().substring(0, 6);
			JsonNode started = Http.as(port, "qm")
				.post("/engine-rest/process-definition/key/" + DocumentAcknowledgementModel.PROCESS_KEY + "/start",
						Map.of("businessKey", document, "variables",
								Http.vars(DocumentAcknowledgementModel.VAR_DOCUMENT_NUMBER, document,
										DocumentAcknowledgementModel.VAR_TITLE, "Gowning")))
				.json();
			ProcessInstance fresh = engine.getRuntimeService()
				.createProcessInstanceQuery()
				.processInstanceId(started.path("id").asText())
				.singleResult();
			assertThat(engine.getRepositoryService()
				.getProcessDefinition(fresh.getProcessDefinitionId())
				.getDeploymentId()).isEqualTo(deployed.path("deploymentId").asText());
			objectAs("reviewer", task(DocumentAcknowledgementModel.TASK_ACKNOWLEDGE, fresh).getId());
			browser.open("/inbox?businessKey=" + document);
			assertThat(d.findElement(By.id("tasks")).getText()).contains(RENAMED).contains(document);
			browser.screenshot("inbox-renamed-step");
		}
	}

	void objectAs(String user, String taskId) {
		workflow.runAs(user, () -> {
			engine.getTaskService().claim(taskId, user);
			engine.getTaskService()
				.complete(taskId,
						Map.of(DocumentAcknowledgementModel.VAR_OUTCOME, DocumentAcknowledgementModel.OBJECTED,
								DocumentAcknowledgementModel.VAR_COMMENT, "The gowning order is unclear"));
			return null;
		});
	}

	static WebDriver signIn(Browser browser, String user) {
		WebDriver d = browser.open("/login").driver();
		d.findElement(By.id("username")).sendKeys(user);
		d.findElement(By.id("password")).sendKeys(Http.DEMO_PASSWORD);
		d.findElement(By.id("sign-in")).click();
		// the login finishes before the next page opens (a page opened while its POST is
		// under way aborts it)
		new WebDriverWait(d, Duration.ofSeconds(15)).until(x -> !x.getCurrentUrl().contains("/login"));
		return d;
	}

	static String found(Pattern pattern, String text) {
		var m = pattern.matcher(text);
		assertThat(m.find()).as(text).isTrue();
		return m.group();
	}

	static WebDriverWait wait(WebDriver d) {
		return new WebDriverWait(d, Duration.ofSeconds(15));
	}

	static void awaitText(WebDriver d, String id, String text) {
		wait(d).until(x -> x.findElement(By.id(id)).getText().contains(text));
	}

	/**
	 * Types as a person does; the properties panel applies the value after its debounce.
	 */
	static void retype(WebElement field, String value) {
		field.clear();
		field.sendKeys(value);
	}

	static String exported(WebDriver d) {
		return (String) ((JavascriptExecutor) d).executeAsyncScript(
				"const done = arguments[arguments.length - 1]; window.gxpModeler.editor.content().then(done);");
	}

	static List<String> camundaAttributes(String xml) {
		return CAMUNDA_ATTRIBUTE.matcher(xml).results().map(m -> m.group()).sorted().toList();
	}

}
