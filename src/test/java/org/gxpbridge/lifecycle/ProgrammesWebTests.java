package org.gxpbridge.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The programme API and page over HTTP on the running server: a quality manager starts,
 * restarts (with a reason) and retires a programme, no other role may (both locks), bad
 * input is refused with nothing stored, every role reads where the steps stand, and an
 * API error stays JSON for a browser too.
 */
@GxpServerTest
class ProgrammesWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	int programmes() {
		return jdbc.queryForObject("select count(*) from gxp_programme", Integer.class);
	}

	@Test
	void aQualityManagerStartsRestartsAndRetiresAProgrammeAndEveryRoleReadsIt() throws Exception {
		int before = programmes();
		assertThat(Http.as(port, "owner").post("/api/programmes", Map.of("title", "mine")).status()).isEqualTo(403);
		assertThat(Http.as(port, "admin").post("/api/programmes", Map.of("title", "mine")).status()).isEqualTo(403);
		Http.Response blank = Http.as(port, "qm").post("/api/programmes", Map.of("title", " "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().path("error").asText()).isEqualTo("title_required");
		assertThat(programmes()).as("refused starts store nothing").isEqualTo(before);

		Http.Response started = Http.as(port, "qm")
			.post("/api/programmes", Map.of("title", "Web programme", "scope", "site B", "frameworkIds", "FDCA-524B"));
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		String id = started.json().get("id").asText();
		assertThat(started.raw().headers().firstValue("Location")).hasValue("/api/programmes/" + id);
		try {
			Http.Response second = Http.as(port, "qm").post("/api/programmes", Map.of("title", "Web programme"));
			assertThat(second.status()).as("one programme at a time: its step 1 owns the one register review")
				.isEqualTo(409);
			assertThat(second.json().path("error").asText()).isEqualTo("programme_running");
			assertThat(programmes()).as("the refused second start stores nothing").isEqualTo(before + 1);
			Http.Response view = Http.as(port, "inspector").get("/api/programmes/" + id);
			assertThat(view.status()).isEqualTo(200);
			assertThat(view.json().get("steps")).hasSize(6);
			assertThat(view.json().path("programme").path("ownerId").asText()).isEqualTo("qm");
			assertThat(Http.as(port, "inspector").get("/api/programmes").body()).contains(id);

			Http.Response noReason = Http.as(port, "qm")
				.post("/api/programmes/" + id + "/regulatory-change", Map.of("reason", ""));
			assertThat(noReason.status()).isEqualTo(422);
			assertThat(Http.as(port, "reviewer")
				.post("/api/programmes/" + id + "/regulatory-change", Map.of("reason", "mine"))
				.status()).isEqualTo(403);

			var page = FormSession.signedIn(port, "inspector", Http.DEMO_PASSWORD).get("/programmes/" + id);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains(id).contains("Web programme").contains("Regulation review");
		}
		finally {
			Http.Response retired = Http.as(port, "qm")
				.post("/api/programmes/" + id + "/retire", Map.of("reason", "test finished"));
			assertThat(retired.status()).as(retired.body()).isEqualTo(200);
		}
		assertThat(Http.as(port, "qm").post("/api/programmes/" + id + "/retire", Map.of("reason", "again")).status())
			.as("a retired programme is not retired twice")
			.isEqualTo(409);
	}

	@Test
	void anUnknownProgrammeIsA404InJsonEvenForABrowser() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/programmes/PRG-0"))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString(("inspector:" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.contains("json"));
		assertThat(response.body()).contains("\"error\"").contains("unknown_programme");
	}

}
