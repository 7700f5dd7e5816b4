package org.gxpbridge.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The modeler's pages behind both locks (URL rule and method security): the modeler for
 * process owners only, the diff of a draft for them and for QA; and the page's script
 * reaching the JSON API with its login session, a write only with the page's CSRF token.
 */
@GxpServerTest
@Verifies({ "A11-10", "CHK-24", "URS-01" })
class ModelerPagesTests {

	static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	FormSession as(String user) {
		return FormSession.signedIn(port, user, Http.DEMO_PASSWORD);
	}

	@Test
	void opensTheModelerToProcessOwnersWithTheRetentionItsLintHoldsModelsTo() {
		HttpResponse<String> page = as("owner").get("/modeler");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"modeler-page\"", "/app/modeler.js", "/app/modeler.css")
			.contains("data-key=\"DocumentApprovalProcess\" data-days=\"3650\"")
			.contains("href=\"/modeler\">Modeler</a>");
		for (String user : List.of("qm", "reviewer", "approver", "itsec", "auditor", "inspector", "admin")) {
			assertThat(as(user).get("/modeler").statusCode()).as(user).isEqualTo(403);
			assertThat(as(user).get("/modeler/drafts/D-1").statusCode()).as(user).isEqualTo(403);
		}
		assertThat(as("qm").get("/inbox").body()).as("no modeler link for others").doesNotContain(">Modeler</a>");
	}

	@Test
	void showsTheDiffOfADraftToProcessOwnersAndQualityManagersOnly() {
		for (String user : List.of("owner", "qm")) {
			HttpResponse<String> page = as(user).get("/modeler/drafts/D-42/diff");
			assertThat(page.statusCode()).as(user).isEqualTo(200);
			assertThat(page.body()).contains("data-draft-id=\"D-42\"", "/app/model-diff.js", "id=\"xml-diff\"");
		}
		for (String user : List.of("reviewer", "approver", "auditor", "inspector", "admin")) {
			assertThat(as(user).get("/modeler/drafts/D-42/diff").statusCode()).as(user).isEqualTo(403);
		}
	}

	@Test
	void sendsAnonymousVisitorsToTheLogin() {
		for (String path : List.of("/modeler", "/modeler/drafts/D-1/diff")) {
			HttpResponse<String> page = new FormSession(port).get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(302);
			assertThat(page.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
		}
	}

	@Test
	void letsThePagesScriptCallTheApiWithItsSessionAndAWriteOnlyWithTheCsrfToken() {
		FormSession owner = as("owner");
		HttpResponse<String> read = owner.get("/api/design/items");
		assertThat(read.statusCode()).as("the page login counts on the API").isEqualTo(200);
		assertThat(read.headers().firstValue("Set-Cookie")).as("the API never changes the session").isEmpty();

		assertThat(owner.sendJson("POST", "/api/design/items", "{}", "X-CSRF-TOKEN", null).statusCode())
			.as("a session write without the page's token, as a foreign site would send it")
			.isEqualTo(403);
		assertThat(owner.sendJson("POST", "/api/design/items", "{}", "Authorization", "Bearer forged").statusCode())
			.as("an Authorization header that is not HTTP Basic leaves the session to authenticate: token needed")
			.isEqualTo(403);
		Matcher token = CSRF_META.matcher(owner.get("/modeler").body());
		assertThat(token.find()).isTrue();
		assertThat(owner.sendJson("POST", "/api/design/items", "{}", "X-CSRF-TOKEN", token.group(1)).statusCode())
			.as("with the token the request reaches the API, which judges the (empty) input")
			.isEqualTo(400);

		Http.Response basic = Http.as(port, "owner").get("/api/design/items");
		assertThat(basic.status()).isEqualTo(200);
		assertThat(basic.header("Set-Cookie")).as("HTTP Basic clients still get no session").isNull();
		assertThat(new FormSession(port).sendJson("POST", "/api/design/items", "{}", "X-CSRF-TOKEN", null).statusCode())
			.as("no session, no credentials")
			.isEqualTo(401);
	}

}
