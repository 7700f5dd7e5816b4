package org.gxpbridge.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.gxpbridge.support.Browser;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process owner models in the browser: a file of the desktop Modeler opens and comes
 * back with its camunda: attributes; a deployed process opens, a user task is renamed in
 * the properties panel, a Modeler default id shows as a lint finding, the draft is saved
 * and submitted with a reason, and the diff page marks the renamed task and shows the
 * file's changed lines.
 */
@GxpServerTest
class ModelerPagesIT {

	static final Pattern CAMUNDA_ATTRIBUTE = Pattern.compile("camunda:[A-Za-z]+=\"[^\"]*\"");

	static final String RENAMED = "Resolve objection to the document";

	@LocalServerPort
	int port;

	@Test
	void processOwnerRenamesAUserTaskSubmitsItAndSeesTheChangeInTheDiff() throws IOException {
		try (Browser browser = new Browser(port)) {
			WebDriver d = browser.open("/login").driver();
			d.findElement(By.id("username")).sendKeys("owner");
			d.findElement(By.id("password")).sendKeys(Http.DEMO_PASSWORD);
			d.findElement(By.id("sign-in")).click();
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
			browser.screenshot("modeler");

			d.findElement(By.id("diff-link")).click();
			WebElement changed = d.findElement(By.cssSelector("#changes tr[data-element-id=Task_ResolveObjection]"));
			assertThat(changed.getText()).contains("changed", RENAMED, "Resolve objection →");
			assertThat(d.findElements(By.cssSelector("#draft-canvas .djs-element.diff-changed"))).isNotEmpty();
			assertThat(d.findElement(By.id("xml-diff")).getText()).contains(RENAMED);
			assertThat(d.findElements(By.cssSelector("#xml-diff .line-added"))).isNotEmpty();
			browser.screenshot("model-diff");
		}
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
