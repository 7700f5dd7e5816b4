package org.gxpbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import org.gxpbridge.support.Browser;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator in chromium opens an account with roles and a reason, records how the
 * person's identity was verified, and sees both in the list and on the person's page.
 * Screenshots in target/screenshots.
 */
@GxpServerTest
class AdminUsersPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void anAdministratorOpensAnAccountAndRecordsTheIdentityVerification() {
		String adminId = "adm-" + UUID.randomUUID().toString().substring(0, 6);
		accounts.createSeedAccount(new NewAccount(adminId, "Ada Admin", adminId + "@gxp-bridge.test",
				EnumSet.of(Role.ADMIN), Http.DEMO_PASSWORD, null), false, false);
		String id = "jdoe" + UUID.randomUUID().toString().substring(0, 4);
		try (Browser browser = new Browser(port)) {
			WebDriver d = browser.open("/login").driver();
			d.findElement(By.id("username")).sendKeys(adminId);
			d.findElement(By.id("password")).sendKeys(Http.DEMO_PASSWORD);
			d.findElement(By.id("sign-in")).click();
			// the login finishes before the next page opens (a page opened while its POST
			// is
			// under way aborts it)
			new WebDriverWait(d, Duration.ofSeconds(15)).until(x -> !x.getCurrentUrl().contains("/login"));
			d = browser.open("/admin/users").driver();
			d.findElement(By.name("userId")).sendKeys(id);
			d.findElement(By.name("fullName")).sendKeys("Jane Doe");
			d.findElement(By.name("email")).sendKeys(id + "@example.com");
			d.findElement(By.cssSelector("#create-user input[value=REVIEWER]")).click();
			d.findElement(By.cssSelector("#create-user input[value=APPROVER]")).click();
			d.findElement(By.name("initialPassword")).sendKeys("Initial-Pass-2026!");
			d.findElement(By.cssSelector("#create-user input[name=reason]")).sendKeys("Joiner, ticket HR-42");
			d.findElement(By.cssSelector("#create-user button")).click();
			assertThat(browser.awaitText("info", "created")).contains("created");
			assertThat(d.findElement(By.id("identity-missing")).getText()).contains("cannot sign");

			new Select(d.findElement(By.cssSelector("#verify-form select[name=method]"))).selectByValue("PASSPORT");
			d.findElement(By.cssSelector("#verify-form input[name=reference]"))
				.sendKeys("passport, last 4 digits 1234");
			d.findElement(By.cssSelector("#verify-form input[name=reason]")).sendKeys("Enrolment");
			d.findElement(By.cssSelector("#verify-form button")).click();
			assertThat(d.findElement(By.id("verifications")).getText()).contains("passport, last 4 digits 1234")
				.contains(adminId);
			browser.screenshot("admin-user-page");

			d = browser.open("/admin/users?role=REVIEWER").driver();
			assertThat(d.findElement(By.cssSelector("tr[data-user-id='" + id + "'] .verified")).getText())
				.isEqualTo("Passport, by " + adminId);
			browser.screenshot("admin-users-list");
		}
	}

}
