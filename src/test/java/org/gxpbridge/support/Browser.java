package org.gxpbridge.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven by Selenium, as a person would use the pages.
 * Screenshots land in target/screenshots so a reviewer can look at them.
 */
public final class Browser implements AutoCloseable {

	private final WebDriver driver;

	private final String base;

	public Browser(int port) {
		ChromeOptions options = new ChromeOptions();
		options
			.setBinary(Files.exists(Path.of("/usr/bin/chromium")) ? "/usr/bin/chromium" : "/usr/bin/chromium-browser");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
				"--window-size=1280,900");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		// a click that submits a form returns before the next page has loaded: look for
		// elements a while
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
		this.base = "http://localhost:" + port;
	}

	public static boolean available() {
		return Files.isExecutable(Path.of("/usr/bin/chromedriver"));
	}

	public WebDriver driver() {
		return driver;
	}

	public Browser open(String path) {
		driver.get(base + path);
		return this;
	}

	/**
	 * Signs in on the login page and waits until the server answered: a page opened while
	 * the form's POST is still under way aborts the login (a race seen under load).
	 */
	public Browser signIn(String user, String password) {
		open("/login");
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("sign-in")).click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().contains("/login"));
		return this;
	}

	/**
	 * Waits until the address contains the text (after a click that navigates), then
	 * returns the address.
	 */
	public String awaitUrlContaining(String text) {
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains(text));
		return driver.getCurrentUrl();
	}

	/**
	 * Waits until the element with the id shows the text (after a click that reloads or
	 * re-renders the page, the element found before may be gone), then returns its whole
	 * text.
	 */
	public String awaitText(String id, String text) {
		return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.ignoring(NoSuchElementException.class)
			.until(d -> {
				String shown = d.findElement(By.id(id)).getText();
				return shown.contains(text) ? shown : null;
			});
	}

	/**
	 * A field of the form-js form on the page, by its key ({@code reviewComment}).
	 */
	public FormJsField field(String key) {
		return new FormJsField(driver, key, null);
	}

	/** A field in row {@code row} (from 0) of a dynamic list. */
	public FormJsField field(String key, int row) {
		return new FormJsField(driver, key, row);
	}

	public Path screenshot(String name) {
		try {
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			Path file = dir.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

}
