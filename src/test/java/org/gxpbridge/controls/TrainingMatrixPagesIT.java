package org.gxpbridge.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gxpbridge.controls.DocumentApprovalModel.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.documents.SampleFiles;
import org.gxpbridge.security.Role;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.Browser;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new user's walk in chromium: the author submits a controlled document with its file,
 * the reviewer finds the file on the review page (not "read the submitted version" with
 * nothing to read), and after approval the quality manager sees the register and the
 * training matrix. Screenshots in target/screenshots.
 */
@GxpServerTest
class TrainingMatrixPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	Signatures signatures;

	@Autowired
	TrainingCurriculum curriculum;

	static void signIn(Browser browser, String user) {
		browser.signIn(user, Http.DEMO_PASSWORD);
	}

	@Test
	void aDocumentTravelsWithItsRecordFromSubmissionToTheTrainingMatrix() throws Exception {
		String number = "SOP-UI-DOC";
		Path file = Files.createTempFile("sop-ui-doc", ".pdf");
		Files.write(file, SampleFiles.pdf("SOP-UI-DOC Line clearance", "Line clearance before each batch."));
		try (Browser browser = new Browser(port)) {
			signIn(browser, "owner");
			WebDriver d = browser.open("/inbox/start/" + PROCESS_KEY).driver();
			browser.field("documentNumber").fill(number);
			browser.field("documentTitle").fill("Line clearance");
			browser.field("documentVersion").fill("1.0");
			browser.field("changeSummary").fill("first issue");
			browser.field("documentFile").attach(file.toString());
			browser.screenshot("document-submission");
			d.findElement(By.id("start")).click();
			assertThat(browser.awaitText("info", "Started")).contains("Started");
		}
		String review = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
		try (Browser browser = new Browser(port)) {
			signIn(browser, "reviewer");
			WebDriver d = browser.open("/inbox/tasks/" + review).driver();
			assertThat(d.findElement(By.id("documents")).getText()).contains(".pdf");
			browser.screenshot("review-task-with-document");
			String href = d.findElement(By.className("document-link")).getAttribute("href");
			assertThat(href).contains("/inbox/tasks/" + review + "/documents/");
		}
		signatures.sign(new SignRequest(review, "reviewer", Http.DEMO_PASSWORD, "REVIEWED",
				Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED), null, "127.0.0.1"));
		String approve = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
		signatures.sign(new SignRequest(approve, "approver", Http.DEMO_PASSWORD, "APPROVED",
				Map.of(VAR_APPROVAL_OUTCOME, APPROVAL_APPROVED), null, "127.0.0.1"));
		management.createJobQuery().messages().list().forEach(j -> management.executeJob(j.getId()));
		curriculum.add(Role.REVIEWER, number, "qm", "reviewers apply it");
		curriculum.add(Role.APPROVER, number, "qm", "approvers apply it");
		management.createJobQuery().messages().list().forEach(j -> management.executeJob(j.getId()));
		try (Browser browser = new Browser(port)) {
			signIn(browser, "qm");
			WebDriver d = browser.open("/records/documents").driver();
			assertThat(d.findElement(By.id("register")).getText()).contains(number).contains("EFFECTIVE");
			browser.screenshot("document-register");
			d = browser.open("/training/matrix").driver();
			assertThat(d.findElement(By.id("matrix")).getText()).contains(number).contains("reviewer").contains("DUE");
			browser.screenshot("training-matrix");
		}
	}

}
