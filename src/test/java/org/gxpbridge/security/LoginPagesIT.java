package org.gxpbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.gxpbridge.support.Browser;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Form login, lockout message and the forced password change in a real browser (P11-10d,
 * P11-300b/d).
 */
@GxpServerTest
@Verifies("P11-10d")
class LoginPagesIT {

	@LocalServerPort
	int port;

	static void signIn(WebDriver d, String user, String password) {
		d.findElement(By.id("username")).sendKeys(user);
		d.findElement(By.id("password")).sendKeys(password);
		d.findElement(By.id("sign-in")).click();
	}

	@Test
	@Verifies("P11-300d")
	void wrongPasswordShowsAnErrorAndTheRightOneOpensTheHomePage() {
		try (Browser browser = new Browser(port)) {
			WebDriver d = browser.open("/").driver();
			assertThat(browser.awaitUrlContaining("/login")).endsWith("/login");
			signIn(d, "reviewer", "wrong password");
			assertThat(d.findElement(By.id("login-error")).getText()).isEqualTo("Wrong user id or password");
			browser.screenshot("login-wrong-password");
			signIn(d, "reviewer", Http.DEMO_PASSWORD);
			assertThat(d.findElement(By.id("welcome")).getText()).isEqualTo("Welcome, Demo Reviewer");
			browser.screenshot("home-reviewer");
		}
	}

	@Test
	@Verifies({ "P11-200a3", "CHK-10" })
	void anAdminSetPasswordMustBeChangedAtFirstLogin() {
		Http.as(port, "admin")
			.post("/api/admin/users", Map.of("userId", "newjoiner", "fullName", "New Joiner", "email", "nj@example.com",
					"roles", List.of("REVIEWER"), "initialPassword", "Initial-Passw0rd!"));
		try (Browser browser = new Browser(port)) {
			WebDriver d = browser.open("/login").driver();
			signIn(d, "newjoiner", "Initial-Passw0rd!");
			assertThat(browser.awaitUrlContaining("/account/password")).endsWith("/account/password");
			d.findElement(By.id("currentPassword")).sendKeys("Initial-Passw0rd!");
			d.findElement(By.id("newPassword")).sendKeys("short");
			d.findElement(By.id("confirmPassword")).sendKeys("short");
			d.findElement(By.id("change-password")).click();
			assertThat(d.findElement(By.id("password-error")).getText()).contains("at least 12 characters");
			browser.screenshot("password-policy-error");
			d.findElement(By.id("currentPassword")).sendKeys("Initial-Passw0rd!");
			d.findElement(By.id("newPassword")).sendKeys("My-Own-Passw0rd!");
			d.findElement(By.id("confirmPassword")).sendKeys("My-Own-Passw0rd!");
			d.findElement(By.id("change-password")).click();
			assertThat(browser.awaitUrlContaining("/login?changed")).contains("/login?changed");
			signIn(d, "newjoiner", "My-Own-Passw0rd!");
			assertThat(d.findElement(By.id("welcome")).getText()).isEqualTo("Welcome, New Joiner");
		}
	}

	@Test
	@Verifies({ "P11-300d", "CHK-11" })
	void administratorsSeeSecurityAlerts() {
		Http.as(port, "approver", "wrong").get("/api/account");
		try (Browser browser = new Browser(port)) {
			// waits for the login to finish: a page opened while its POST is under way
			// aborts it
			WebDriver d = browser.signIn("admin", Http.DEMO_PASSWORD).driver();
			browser.open("/admin/security");
			assertThat(d.findElement(By.id("alerts")).getText()).contains("LOGIN_FAILED").contains("approver");
			browser.screenshot("admin-security-alerts");
		}
	}

	@Test
	void theCamundaTasklistOpensWithTheSameLogin() {
		try (Browser browser = new Browser(port)) {
			WebDriver d = browser.signIn("reviewer", Http.DEMO_PASSWORD).driver();
			browser.open("/camunda/app/tasklist/default/");
			new WebDriverWait(d, Duration.ofSeconds(30))
				.until(driver -> driver.getPageSource().contains("Demo Reviewer"));
			assertThat(d.getCurrentUrl()).contains("/camunda/app/tasklist").doesNotContain("login");
			browser.screenshot("camunda-tasklist-reviewer");
		}
	}

}
