package org.gxpbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * P11-10d: nothing but the health probe is anonymous; every interface asks for the same
 * accounts.
 */
@GxpServerTest
class AccessControlTests {

	@LocalServerPort
	int port;

	@Autowired
	ServerProperties server;

	@Test
	@Verifies("P11-10d")
	void healthAnswersUpWithoutLogin() {
		Http.Response r = Http.anonymous(port).get("/actuator/health");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().get("status").asText()).isEqualTo("UP");
		assertThat(r.json().size()).as("no component details leak to anonymous callers").isEqualTo(1);
	}

	@Test
	@Verifies("P11-10d")
	void apiAndEngineRestRefuseAnonymousCallsWithJson401() {
		for (String path : new String[] { "/api/account", "/engine-rest/task", "/engine-rest/process-definition",
				"/api/admin/users", "/actuator/env", "/actuator/metrics" }) {
			Http.Response r = Http.anonymous(port).get(path);
			if (path.startsWith("/actuator")) {
				assertThat(r.status()).as(path).isIn(302, 401, 404);
				continue;
			}
			assertThat(r.status()).as(path).isEqualTo(401);
			assertThat(r.json().get("error").asText()).as(path).isEqualTo("unauthorized");
		}
	}

	@Test
	@Verifies("P11-10d")
	void pagesAndWebappsRedirectToFormLoginWithoutBasicChallenge() {
		for (String path : new String[] { "/", "/camunda-welcome", "/camunda/app/cockpit/default/",
				"/admin/security" }) {
			Http.Response r = Http.anonymous(port).get(path);
			assertThat(r.status()).as(path).isEqualTo(302);
			assertThat(r.header("Location")).as(path).endsWith("/login");
			assertThat(r.header("WWW-Authenticate")).as(path + " must not trigger the browser's Basic prompt").isNull();
		}
	}

	@Test
	@Verifies("P11-10d")
	void sameAccountWorksOnApiAndEngineRest() {
		Http reviewer = Http.as(port, "reviewer");
		assertThat(reviewer.get("/api/account").json().get("fullName").asText()).isEqualTo("Demo Reviewer");
		assertThat(reviewer.get("/engine-rest/group?member=reviewer").json().findValuesAsText("id"))
			.contains("REVIEWER", "APPROVER");
		assertThat(reviewer.get("/engine-rest/user/reviewer/profile").json().get("email").asText())
			.isEqualTo("reviewer@gxp-bridge.test");
	}

	@Test
	@Verifies({ "P11-100a", "P11-300a", "CHK-13" })
	void userIdsAreCaseInsensitiveAtLogin() {
		assertThat(Http.as(port, "REVIEWER").get("/api/account").json().get("userId").asText()).isEqualTo("reviewer");
	}

	@Test
	@Verifies("P11-200a1ii")
	void idleSessionsEndAfterFifteenMinutes() {
		assertThat(server.getServlet().getSession().getTimeout()).hasMinutes(15);
	}

	@Test
	@Verifies("URS-05")
	void pagesCarrySecurityHeaders() {
		Http.Response login = Http.anonymous(port).get("/login");
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.header("Content-Security-Policy")).contains("default-src 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(login.body()).contains("name=\"_csrf\"");
	}

	@Test
	@Verifies("URS-05")
	void formsRequireTheCsrfToken() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		String base = "http://localhost:" + port;
		String loginPage = browser
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(m.find()).isTrue();
		String form = "username=reviewer&password=" + URLEncoder.encode(Http.DEMO_PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + m.group(1);
		var login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		var withoutToken = browser.send(HttpRequest.newBuilder(URI.create(base + "/account/password"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("currentPassword=x&newPassword=y&confirmPassword=y"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(withoutToken.statusCode()).as("a forged cross-site form post is refused").isEqualTo(403);
	}

}
