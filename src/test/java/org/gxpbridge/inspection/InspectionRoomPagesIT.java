package org.gxpbridge.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.gxpbridge.support.Browser;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
@Verifies("CHK-17")
class InspectionRoomPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HistoryService history;

	static void signIn(Browser browser, String user) {
		browser.signIn(user, Http.DEMO_PASSWORD);
	}

	static void show(WebDriver d, String css) {
		((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView()", d.findElement(By.cssSelector(css)));
	}

	/**
	 * The role with the most links (qm: quality manager, reviewer, approver) at 1280 x
	 * 800: every entry of the bar on one line (same top, the bar one link high, nothing
	 * past the window), and a menu opened from the keyboard shows its links.
	 */
	static void navigationFitsOneLineAt1280(Browser browser) {
		WebDriver d = browser.driver();
		d.manage().window().setSize(new Dimension(1280, 800));
		browser.open("/records");
		WebElement nav = d.findElement(By.id("main-nav"));
		int linkHeight = nav.findElement(By.linkText("Inbox")).getRect().getHeight();
		List<WebElement> entries = nav.findElements(By.xpath("./*"));
		assertThat(entries).as("links and menus").hasSizeGreaterThanOrEqualTo(7);
		int top = entries.get(0).getRect().getY();
		assertThat(entries).allSatisfy(e -> assertThat(e.getRect().getY()).as(e.getText()).isBetween(top - 3, top + 3));
		assertThat(nav.getRect().getHeight()).as("one line").isLessThan(linkHeight * 3 / 2);
		WebElement last = entries.get(entries.size() - 1);
		assertThat(last.getRect().getX() + last.getRect().getWidth()).as("the bar ends before the account links")
			.isLessThan(d.findElement(By.cssSelector("header .who")).getRect().getX());
		assertThat(((JavascriptExecutor) d)
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
		browser.screenshot("nav-1280");

		WebElement quality = d.findElement(By.cssSelector("#menu-quality summary"));
		// a link of a closed menu has no visible text, so it is found by its address
		WebElement reviews = d.findElement(By.cssSelector("#menu-quality a[href$='/improvement/management-reviews']"));
		assertThat(reviews.isDisplayed()).as("menu closed").isFalse();
		quality.sendKeys(Keys.ENTER);
		assertThat(reviews.isDisplayed()).as("opened by keyboard").isTrue();
		assertThat(reviews.getText()).isEqualTo("Management review");
		assertThat(nav.getRect().getHeight()).as("an open menu drops over the page").isLessThan(linkHeight * 3 / 2);
		browser.screenshot("nav-1280-menu");
		quality.sendKeys(Keys.ENTER);
	}

	/** Three browsers (inspector, quality manager, preparer) kept open, to stay quick. */
	@Test
	@Verifies("URS-01")
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
			navigationFitsOneLineAt1280(qmBrowser);
			WebDriver q = qmBrowser.open("/inbox?businessKey=" + id).driver();
			q.findElement(By.cssSelector("#tasks button.claim")).click();
			qmBrowser.field("preparer").fill("reviewer");
			qmBrowser.screenshot("inspection-assign");
			q.findElement(By.id("complete")).click();
			assertThat(qmBrowser.awaitText("info", "Task completed")).isEqualTo("Task completed");

			try (Browser preparer = new Browser(port)) {
				signIn(preparer, "reviewer");
				WebDriver r = preparer.open("/inbox?businessKey=" + id).driver();
				r.findElement(By.linkText("Prepare inspection response")).click();
				preparer.field("responseText").fill("The CAPA record with its audit trail is attached");
				preparer.field("attachedRecords").fill(pi);
				preparer.screenshot("inspection-prepare");
				r.findElement(By.id("complete")).click();
				assertThat(preparer.awaitText("info", "Task completed")).isEqualTo("Task completed");
			}

			qmBrowser.open("/inbox?businessKey=" + id);
			q.findElement(By.cssSelector("#tasks button.claim")).click();
			qmBrowser.field("reviewOutcome").choose("publish");
			q.findElement(By.id("complete")).click();
			assertThat(qmBrowser.awaitText("info", "Task completed")).isEqualTo("Task completed");
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
