package org.gxpbridge.support;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One field of a form drawn by form-js ({@code /app/forms.js}), found by its key (and row
 * inside a dynamic list), used as a person uses it: typing, clicking options, reading
 * what it shows and the error next to it.
 */
public final class FormJsField {

	private final WebDriver driver;

	private final String key;

	private final Integer row;

	FormJsField(WebDriver driver, String key, Integer row) {
		this.driver = driver;
		this.key = key;
		this.row = row;
	}

	/** The field's wrapper ({@code .fjs-form-field}), once the form is drawn. */
	public WebElement element() {
		return new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> (WebElement) js().executeScript("return window.gxpForms && window.gxpForms.ready"
					+ " ? window.gxpForms.field(arguments[0], arguments[1]) : null", key, row));
	}

	/** Replaces the text of a text field, text area, number or date field. */
	public FormJsField fill(String text) {
		WebElement input = input();
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		if (!text.isEmpty()) {
			input.sendKeys(text);
		}
		input.sendKeys(Keys.TAB);
		return this;
	}

	/** Gives a file picker a file from the disk. */
	public FormJsField attach(String path) {
		element().findElement(By.cssSelector("input[type=file]")).sendKeys(path);
		return this;
	}

	public FormJsField clear() {
		return fill("");
	}

	/**
	 * Picks an option by its value: a radio button or a checklist box is clicked; a
	 * select is set through the form (by value or label).
	 */
	public FormJsField choose(String valueOrLabel) {
		WebElement field = element();
		if (field.getAttribute("class").contains("fjs-form-field-select")) {
			// the drop-down opens on mouse-down events Selenium's click does not reliably
			// give: set it
			// through the form, by value or label, as picking the entry does
			Object set = js().executeScript("return window.gxpForms.set(arguments[0], arguments[1], arguments[2])", key,
					valueOrLabel, row);
			if (!Boolean.TRUE.equals(set)) {
				throw new IllegalArgumentException(key + " offers no '" + valueOrLabel + "'");
			}
			return this;
		}
		WebElement option = (WebElement) js().executeScript(
				"return window.gxpForms.option(arguments[0], arguments[1]," + " arguments[2])", key, valueOrLabel, row);
		if (option == null) {
			throw new IllegalArgumentException(key + " offers no value '" + valueOrLabel + "'");
		}
		option.click();
		return this;
	}

	/** Ticks or unticks a checkbox. */
	public FormJsField check(boolean checked) {
		WebElement box = element().findElement(By.cssSelector("input[type=checkbox]"));
		if (box.isSelected() != checked) {
			box.click();
		}
		return this;
	}

	/** The value the form holds, as text ("" when empty). */
	public String value() {
		element();
		Object value = js().executeScript("return window.gxpForms.value(arguments[0], arguments[1])", key, row);
		return value == null ? "" : String.valueOf(value);
	}

	/** The messages shown under the field ("" when none). */
	public String error() {
		List<WebElement> errors = element().findElements(By.cssSelector(".fjs-form-field-error"));
		return errors.isEmpty() ? "" : errors.get(0).getText();
	}

	public boolean visible() {
		Object found = js().executeScript("return window.gxpForms.field(arguments[0], arguments[1])", key, row);
		return found != null;
	}

	private WebElement input() {
		return element().findElement(By.cssSelector("input:not([type=radio]):not([type=checkbox]), textarea"));
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) driver;
	}

}
