package org.gxpbridge.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.Browser;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An inspector opens the dossier of a running approval in chromium: the record in
 * progress, its signatures, the proof, and the executed path drawn on the diagram
 * (completed steps and taken flows marked, the step waiting for its job marked running).
 */
@GxpServerTest
@Verifies({ "P11-10b", "P11-50a", "P11-50b", "A11-8", "CHK-06", "CHK-18" })
class DossierPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	Workflow workflow;

	@Autowired
	TaskService tasks;

	@Autowired
	Signatures signatures;

	@Autowired
	AuditLedger ledger;

	@Test
	void inspectorSeesTheDossierWithTheExecutedPathOnTheDiagram() {
		String number = "SOP-UI-DOS-" + UUID.randomUUID().toString().substring(0, 4);
		String pi = DossierTests.approvedDocument(workflow, tasks, signatures, number);
		ledger.seal();
		try (Browser browser = new Browser(port)) {
			WebDriver d = browser.open("/login").driver();
			d.findElement(By.id("username")).sendKeys("inspector");
			d.findElement(By.id("password")).sendKeys(Http.DEMO_PASSWORD);
			d.findElement(By.id("sign-in")).click();
			// the login finishes before the next page opens (a page opened while its POST
			// is
			// under way aborts it)
			new WebDriverWait(d, Duration.ofSeconds(15)).until(x -> !x.getCurrentUrl().contains("/login"));
			browser.open("/reports/process-instances/" + pi);
			assertThat(d.findElement(By.id("in-progress")).getText()).contains("In progress");
			assertThat(d.findElement(By.id("signatures")).getText()).contains("Demo Reviewer", "REVIEWED",
					"Demo Approver", "APPROVED", "(UTC");
			assertThat(d.findElement(By.id("proof")).getText()).contains("INTACT");
			var diagram = d.findElement(By.id("process-path"));
			new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> diagram.getAttribute("data-state") != null);
			assertThat(diagram.getAttribute("data-state")).as(diagram.getText()).isEqualTo("drawn");
			assertThat(d.findElements(By.cssSelector("#process-path .djs-element.path-completed")))
				.hasSizeGreaterThan(3);
			assertThat(d.findElements(By.cssSelector("#process-path .djs-connection.path-taken")))
				.hasSizeGreaterThan(3);
			assertThat(d.findElements(By
				.cssSelector("#process-path .djs-element.path-running[data-element-id='Task_MakeDocumentEffective']")))
				.hasSize(1);
			assertThat(d.findElements(
					By.cssSelector("#process-path .djs-element.path-completed[data-element-id='Task_ReviseDocument']")))
				.as("a step not taken stays unmarked")
				.isEmpty();
			browser.screenshot("dossier-path");
		}
	}

}
