package org.gxpbridge.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.camunda.bpm.engine.HistoryService;
import org.gxpbridge.support.Browser;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inspection room in a real browser (issue 15 item 5): the inspector files a request,
 * a quality manager assigns it in the inbox, the preparer answers with a record, a
 * quality manager other than the preparer publishes it, and the inspector sees the
 * response with the dossier link and their access expiry on the page.
 */
@GxpServerTest
class InspectionRoomPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HistoryService history;

	static void signIn(Browser browser, String user) {
		WebDriver d = browser.open("/login").driver();
		d.findElement(By.id("username")).sendKeys(user);
		d.findElement(By.id("password")).sendKeys(Http.DEMO_PASSWORD);
		d.findElement(By.id("sign-in")).click();
	}

	static void show(WebDriver d, String css) {
		((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView()", d.findElement(By.cssSelector(css)));
	}

	/** Three browsers (inspector, quality manager, preparer) kept open, to stay quick. */
	@Test
	void anInspectorFilesARequestAndSeesThePublishedResponse() {
		assumeTrue(Browser.available(), "chromium and chromedriver are installed");
		try (Browser front = new Browser(port); Browser qmBrowser = new Browser(port)) {
			signIn(front, "inspector");
			WebDriver d = front.open("/inspection").driver();
			assertThat(d.findElement(By.id("inspector-access-until")).getText()).startsWith("Inspector access until");
			d.findElement(By.name("subject")).sendKeys("CAPA-2026-014");
			d.findElement(By.name("text")).sendKeys("Show CAPA-2026-014 and its audit trail");
			d.findElement(By.id("file")).click();
			String id = d.findElement(By.cssSelector("#filed strong")).getText();
			assertThat(d.findElement(By.id("requests")).getText()).contains(id).contains("FILED");
			show(d, "#requests");
			front.screenshot("inspection-room-filed");
			String pi = jdbc.queryForObject("select process_instance_id from gxp_inspection_request where id = ?",
					String.class, id);

			signIn(qmBrowser, "qm");
			WebDriver q = qmBrowser.open("/inbox?businessKey=" + id).driver();
			q.findElement(By.cssSelector("#tasks button.claim")).click();
			qmBrowser.field("preparer").fill("reviewer");
			qmBrowser.screenshot("inspection-assign");
			q.findElement(By.id("complete")).click();
			assertThat(q.findElement(By.id("info")).getText()).isEqualTo("Task completed");

			try (Browser preparer = new Browser(port)) {
				signIn(preparer, "reviewer");
				WebDriver r = preparer.open("/inbox?businessKey=" + id).driver();
				r.findElement(By.linkText("Prepare inspection response")).click();
				preparer.field("responseText").fill("The CAPA record with its audit trail is attached");
				preparer.field("attachedRecords").fill(pi);
				preparer.screenshot("inspection-prepare");
				r.findElement(By.id("complete")).click();
				assertThat(r.findElement(By.id("info")).getText()).isEqualTo("Task completed");
			}

			qmBrowser.open("/inbox?businessKey=" + id);
			q.findElement(By.cssSelector("#tasks button.claim")).click();
			qmBrowser.field("reviewOutcome").choose("publish");
			q.findElement(By.id("complete")).click();
			assertThat(q.findElement(By.id("info")).getText()).isEqualTo("Task completed");
			qmBrowser.open("/inspection");
			assertThat(q.findElement(By.id("requests")).getText()).contains(id).contains("PUBLISHED");
			show(q, "tr[data-request-id='" + id + "']");
			qmBrowser.screenshot("inspection-back-room");

			front.open("/inspection");
			String row = d.findElement(By.cssSelector("tr[data-request-id='" + id + "']")).getText();
			assertThat(row).contains("PUBLISHED").contains("The CAPA record with its audit trail is attached");
			assertThat(d.findElement(By.cssSelector("tr[data-request-id='" + id + "'] a.dossier")).getAttribute("href"))
				.endsWith("/reports/process-instances/" + pi);
			show(d, "tr[data-request-id='" + id + "']");
			front.screenshot("inspection-room-published");
			assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi).finished().count())
				.isEqualTo(1);
		}
	}

}
