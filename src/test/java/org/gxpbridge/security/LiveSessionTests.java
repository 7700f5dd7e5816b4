package org.gxpbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Locking or deactivating an account ends its open browser sessions at their next request
 * (P11-300d, P11-10d).
 */
@GxpServerTest
class LiveSessionTests {

	static final String GOOD = AccountControlsTests.GOOD;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * A user with a password of their own, signed in through the login form, whose home
	 * page opens.
	 */
	FormSession signedIn(String id) {
		assertThat(Http.as(port, "admin")
			.post("/api/admin/users",
					Map.of("userId", id, "fullName", "Test " + id, "email", id + "@example.com", "roles",
							List.of("REVIEWER"), "initialPassword", "Initial-Passw0rd!"))
			.status()).isEqualTo(201);
		assertThat(Http.as(port, id, "Initial-Passw0rd!")
			.post("/api/account/password", Map.of("currentPassword", "Initial-Passw0rd!", "newPassword", GOOD))
			.status()).isEqualTo(200);
		FormSession browser = new FormSession(port);
		assertThat(browser.signIn(id, GOOD).headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		return browser;
	}

	@Test
	@Verifies({ "P11-10d", "P11-300d" })
	void lockingEndsLiveSessions() {
		String id = "live" + UUID.randomUUID().toString().substring(0, 8);
		FormSession browser = signedIn(id);
		FormSession secondWindow = signedIn2(id);
		for (int i = 0; i < 5; i++) {
			Http.as(port, id, "Wrong-Passw0rd-" + i).get("/api/account");
		}

		assertEndedSession(browser);
		assertEndedSession(secondWindow);
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_security_event where user_id = ? and event_type = 'SESSION_ENDED'",
				Integer.class, id))
			.isEqualTo(2);
	}

	@Test
	@Verifies({ "P11-10d", "P11-300d", "P11-300c" })
	void deactivatingEndsLiveSessions() {
		String id = "gone" + UUID.randomUUID().toString().substring(0, 8);
		FormSession browser = signedIn(id);
		assertThat(Http.as(port, "admin")
			.post("/api/admin/users/" + id + "/deactivate", Map.of("reason", "Leaver"))
			.status()).isEqualTo(200);

		assertEndedSession(browser);
		HttpResponse<String> again = browser.signIn(id, GOOD);
		assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
	}

	@Test
	@Verifies({ "P11-10d", "P11-300d" })
	void anActiveAccountKeepsItsSession() {
		FormSession browser = signedIn("stay" + UUID.randomUUID().toString().substring(0, 8));
		for (int i = 0; i < 3; i++) {
			assertThat(browser.get("/").statusCode()).isEqualTo(200);
		}
	}

	private FormSession signedIn2(String id) {
		FormSession browser = new FormSession(port);
		browser.signIn(id, GOOD);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		return browser;
	}

	private static void assertEndedSession(FormSession browser) {
		HttpResponse<String> page = browser.get("/");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

}
