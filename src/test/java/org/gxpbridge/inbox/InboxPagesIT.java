package org.gxpbridge.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gxpbridge.controls.DocumentApprovalModel.*;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.Browser;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reviewer and an author work their inbox in a real browser. */
@GxpServerTest
@Verifies({ "URS-11", "URS-12" })
class InboxPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	Workflow workflow;

	@Autowired
	TaskService tasks;

	@Autowired
	Signatures signatures;

	static void signIn(Browser browser, String user) {
		browser.signIn(user, Http.DEMO_PASSWORD);
	}

	@Test
	void authorRevisesADocumentThroughTheInboxWithFieldErrorsFirst() {
		String pi = workflow
			.start(PROCESS_KEY, "SOP-UI-REV", Map.of(VAR_DOCUMENT_NUMBER, "SOP-UI-REV", VAR_TITLE, "Cleaning",
					VAR_VERSION, "1.0", VAR_CHANGE_SUMMARY, "first"), "owner")
			.processInstanceId();
		signatures.sign(new SignRequest(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(),
				"reviewer", Http.DEMO_PASSWORD, "REVIEWED",
				Map.of(VAR_REVIEW_OUTCOME, REVIEW_CHANGES_REQUESTED, VAR_REVIEW_COMMENT, "Add the rinse step"), null,
				"127.0.0.1"));
		try (Browser browser = new Browser(port)) {
			signIn(browser, "owner");
			WebDriver d = browser.open("/inbox?businessKey=SOP-UI-REV").driver();
			assertThat(d.findElement(By.id("tasks")).getText()).contains("Revise document").contains("SOP-UI-REV");
			browser.screenshot("inbox-owner");
			d.findElement(By.linkText("Revise document")).click();
			assertThat(d.findElement(By.id("documentation")).getText()).contains("Changes were requested");
			assertThat(browser.field("reviewComment").value()).isEqualTo("Add the rinse step");
			browser.field("documentVersion").clear();
			browser.field("changeSummary").clear();
			d.findElement(By.id("complete")).click();
			assertThat(browser.field("documentVersion").error()).contains("is required");
			assertThat(browser.field("changeSummary").error()).contains("is required");
			browser.screenshot("task-field-errors");
			browser.field("documentVersion").fill("1.1");
			browser.field("changeSummary").fill("rinse step added");
			d.findElement(By.id("complete")).click();
			assertThat(browser.awaitText("info", "Task completed")).isEqualTo("Task completed");
			assertThat(d.findElement(By.id("tasks")).getText()).doesNotContain("SOP-UI-REV");
		}
		assertThat(tasks.createTaskQuery().processInstanceId(pi).singleResult().getTaskDefinitionKey())
			.isEqualTo(TASK_REVIEW);
	}

	@Test
	void reviewerClaimsAGroupTaskAndSeesTheSignDialog() {
		workflow.start(PROCESS_KEY, "SOP-UI-CLAIM", Map.of(VAR_DOCUMENT_NUMBER, "SOP-UI-CLAIM", VAR_TITLE, "Gowning",
				VAR_VERSION, "1.0", VAR_CHANGE_SUMMARY, "first"), "owner");
		try (Browser browser = new Browser(port)) {
			signIn(browser, "reviewer");
			WebDriver d = browser.open("/inbox?businessKey=SOP-UI-CLAIM").driver();
			d.findElement(By.cssSelector("#tasks button.claim")).click();
			assertThat(browser.awaitText("info", "Task claimed")).isEqualTo("Task claimed");
			assertThat(d.findElement(By.id("assignee")).getText()).isEqualTo("reviewer");
			assertThat(d.findElement(By.id("meaning")).getText()).isEqualTo("REVIEWED");
			assertThat(d.findElement(By.id("history")).getText()).contains("owner").contains("started");
			browser.screenshot("task-sign-dialog");
			d.findElement(By.id("unclaim")).click();
			assertThat(browser.awaitText("info", "handed back")).contains("handed back");
		}
	}

	@Test
	@Verifies({ "P11-50a", "P11-50b", "P11-200a1", "CHK-08" })
	void reviewerSignsInTheInboxAfterAWrongPassword_CHK08() {
		String pi = workflow
			.start(PROCESS_KEY, "SOP-UI-SIGN", Map.of(VAR_DOCUMENT_NUMBER, "SOP-UI-SIGN", VAR_TITLE, "Line clearance",
					VAR_VERSION, "1.0", VAR_CHANGE_SUMMARY, "first"), "owner")
			.processInstanceId();
		try (Browser browser = new Browser(port)) {
			signIn(browser, "reviewer");
			WebDriver d = browser.open("/inbox?businessKey=SOP-UI-SIGN").driver();
			d.findElement(By.cssSelector("#tasks button.claim")).click();
			browser.field("reviewOutcome").choose("ACCEPTED");
			browser.field("reviewComment").fill("Fit for purpose");
			d.findElement(By.id("sign-password")).sendKeys("not my password");
			d.findElement(By.id("sign")).click();
			assertThat(d.findElement(By.id("sign-error")).getText()).containsIgnoringCase("password");
			assertThat(browser.field("reviewComment").value()).as("values kept").isEqualTo("Fit for purpose");
			assertThat(browser.field("reviewOutcome").value()).as("the choice kept").isEqualTo("ACCEPTED");
			assertThat(browser.field("documentTitle").value()).as("read-only fields kept").isEqualTo("Line clearance");
			browser.screenshot("sign-wrong-password");
			assertThat(tasks.createTaskQuery().processInstanceId(pi).singleResult().getTaskDefinitionKey())
				.isEqualTo(TASK_REVIEW);

			d.findElement(By.id("sign-password")).sendKeys(Http.DEMO_PASSWORD);
			d.findElement(By.id("sign")).click();
			assertThat(browser.awaitText("info", "Signed as")).contains("Signed as REVIEWED by Demo Reviewer")
				.contains("UTC");
			assertThat(d.findElements(By.cssSelector("#tasks tr[data-task-id]"))).extracting(WebElement::getText)
				.filteredOn(row -> row.contains("SOP-UI-SIGN"))
				.allSatisfy(row -> assertThat(row).as("the review is done; the approval is next")
					.startsWith("Approve document"));
			browser.screenshot("sign-done-inbox");
		}
		try (Browser browser = new Browser(port)) {
			signIn(browser, "approver");
			WebDriver d = browser.open("/inbox?businessKey=SOP-UI-SIGN").driver();
			d.findElement(By.linkText("Approve document")).click();
			assertThat(d.findElement(By.id("signatures")).getText()).contains("REVIEWED")
				.contains("Demo Reviewer")
				.contains("valid");
			assertThat(d.findElement(By.id("history")).getText()).contains("completed Review document");
			browser.screenshot("approval-task-with-manifestation");
		}
	}

	@Test
	@Verifies("URS-12")
	void aProcessOwnerStartsADocumentApprovalFromItsStartForm() {
		try (Browser browser = new Browser(port)) {
			signIn(browser, "owner");
			WebDriver d = browser.open("/inbox").driver();
			d.findElement(By.id("start-link")).click();
			d.findElement(By.linkText("Document approval (21 CFR 820.40 / ISO 13485 4.2.4)")).click();
			assertThat(d.findElement(By.id("process-name")).getText()).startsWith("Document approval");
			assertThat(d.findElements(By.id("field-businessKey")))
				.as("the document number is the business key: asked once")
				.isEmpty();
			browser.field("documentNumber").fill("SOP-UI-START");
			d.findElement(By.id("start")).click();
			assertThat(browser.field("documentTitle").error()).contains("required");
			browser.screenshot("start-form-errors");
			browser.field("documentTitle").fill("Environmental monitoring");
			browser.field("documentVersion").fill("1.0");
			browser.field("changeSummary").fill("first issue");
			d.findElement(By.id("start")).click();
			browser.awaitUrlContaining("/inbox");
			browser.screenshot("start-done");
			assertThat(browser.awaitText("info", "Started")).contains("Started Document approval")
				.contains("for SOP-UI-START");
		}
		assertThat(tasks.createTaskQuery()
			.processInstanceBusinessKey("SOP-UI-START")
			.singleResult()
			.getTaskDefinitionKey()).isEqualTo(TASK_REVIEW);
	}

	/**
	 * A stale link, an unknown address and a page the role may not open each show the
	 * application's own error page with its status and a sentence to act on; never the
	 * servlet container's bare page or a stack trace.
	 */
	@Test
	@Verifies({ "A11-5", "URS-02" })
	void errorsShowTheApplicationsOwnPageWithTheirStatus() {
		String pi = workflow
			.start(PROCESS_KEY, "SOP-UI-DONE", Map.of(VAR_DOCUMENT_NUMBER, "SOP-UI-DONE", VAR_TITLE, "Sampling",
					VAR_VERSION, "1.0", VAR_CHANGE_SUMMARY, "first"), "owner")
			.processInstanceId();
		String review = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
		signatures.sign(new SignRequest(review, "reviewer", Http.DEMO_PASSWORD, "REVIEWED",
				Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED), null, "127.0.0.1"));
		try (Browser browser = new Browser(port)) {
			signIn(browser, "reviewer");
			WebDriver d = browser.open("/inbox/tasks/" + review).driver();
			assertApplicationErrorPage(d, 404, "Not found");
			assertThat(d.findElement(By.id("error-message")).getText())
				.contains("The step \"Review document\" was already completed by reviewer at")
				.contains("UTC");
			browser.screenshot("error-completed-task");

			browser.open("/no-such-page");
			assertApplicationErrorPage(d, 404, "Not found");
			assertThat(d.findElement(By.id("error-message")).getText()).contains("There is no page at this address");
			browser.screenshot("error-unknown-page");
		}
		try (Browser browser = new Browser(port)) {
			signIn(browser, "inspector");
			WebDriver d = browser.open("/admin/security").driver();
			assertApplicationErrorPage(d, 403, "Not allowed");
			assertThat(d.findElement(By.id("error-message")).getText()).contains("Your roles do not allow");
			browser.screenshot("error-forbidden-for-role");

			String approval = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
			browser.open("/inbox/tasks/" + approval);
			assertApplicationErrorPage(d, 403, "Not allowed");
			assertThat(d.findElement(By.id("error-message")).getText())
				.contains("neither assigned to you nor offered to your groups");
		}
	}

	private static void assertApplicationErrorPage(WebDriver d, int status, String headline) {
		assertThat(d.findElement(By.id("error-status")).getText()).isEqualTo("Error " + status);
		assertThat(d.findElement(By.id("error-headline")).getText()).isEqualTo(headline);
		assertThat(d.findElement(By.tagName("header")).getText()).as("in the application's layout")
			.contains("GxP Bridge")
			.contains("Inbox");
		assertThat(d.getPageSource()).doesNotContain("Apache Tomcat", "Whitelabel", "Exception", "at org.");
	}

}
