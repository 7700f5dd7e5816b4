package org.gxpbridge.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gxpbridge.shared.Sha256;
import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * /api/changes and the change pages as their users and an inspector meet them: a request
 * naming an unknown risk or document, a kind that does not exist or a malformed hash is
 * refused with a 400 naming it and nothing is stored; the same request while the first is
 * open is a 409; who may not request gets 403; every role reads.
 */
@GxpServerTest
@Verifies("URS-28")
class ChangeRequestsApiTests {

	static final String PATH = "/api/changes";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Map<String, Object> request(String title) {
		Map<String, Object> r = new HashMap<>();
		r.put("kind", "SOFTWARE_UPDATE");
		r.put("title", title);
		r.put("description", "LIMS 7.2 to 7.3");
		r.put("reason", "vendor end of support");
		r.put("approvedSha256", Sha256.hex("lims-7.3.zip"));
		return r;
	}

	int changes() {
		return jdbc.queryForObject("select count(*) from gxp_change_request", Integer.class);
	}

	@Test
	void recordsARequestThatEveryRoleReads() {
		String title = "LIMS upgrade " + UUID.randomUUID();
		var created = Http.as(port, "itsec").post(PATH, request(title));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().path("id").asText();
		assertThat(id).startsWith("CR-");
		assertThat(created.header("Location")).isEqualTo(PATH + "/" + id);
		assertThat(created.json().path("status").asText()).isEqualTo("REQUESTED");
		assertThat(created.json().path("requestedBy").asText()).isEqualTo("itsec");

		var read = Http.as(port, "inspector").get(PATH + "/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("title").asText()).isEqualTo(title);
		assertThat(Http.as(port, "auditor").get(PATH).body()).contains(id);
		assertThat(Http.as(port, "inspector").get(PATH + "/CR-999999").status()).isEqualTo(404);

		FormSession page = FormSession.signedIn(port, "inspector", Http.DEMO_PASSWORD);
		assertThat(page.get("/improvement/changes").body()).contains(id, title);
		var one = page.get("/improvement/changes/" + id);
		assertThat(one.statusCode()).isEqualTo(200);
		assertThat(one.body()).contains("LIMS 7.2 to 7.3", "vendor end of support", "Not assessed yet");
	}

	@Test
	void refusesUnknownRisksDocumentsKindsAndHashesNamingThemAndStoresNothing() {
		int before = changes();
		var risk = request("Unknown risk " + UUID.randomUUID());
		risk.put("riskIds", List.of("RR-nothere/R-001"));
		assertRefused(risk, "RR-nothere/R-001");
		var document = request("Unknown document " + UUID.randomUUID());
		document.put("documentNumbers", List.of("SOP-NOT-THERE"));
		assertRefused(document, "SOP-NOT-THERE");
		var kind = request("Unknown kind " + UUID.randomUUID());
		kind.put("kind", "WISH");
		assertRefused(kind, "WISH");
		var hash = request("Bad hash " + UUID.randomUUID());
		hash.put("approvedSha256", "abc123");
		assertRefused(hash, "abc123");
		var title = request(" ");
		assertRefused(title, "title");
		assertThat(changes()).as("nothing stored").isEqualTo(before);
	}

	void assertRefused(Map<String, Object> body, String named) {
		var refused = Http.as(port, "qm").post(PATH, body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("message").asText()).contains(named);
	}

	@Test
	void refusesTheSameRequestWhileTheFirstIsOpen() {
		var body = request("Patch the historian " + UUID.randomUUID());
		assertThat(Http.as(port, "owner").post(PATH, body).status()).isEqualTo(201);
		int before = changes();
		var again = Http.as(port, "qm").post(PATH, body);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().path("message").asText()).contains("still open");
		assertThat(changes()).isEqualTo(before);
	}

	@Test
	void refusesRequestsFromRolesThatDoNotRequestChanges() {
		int before = changes();
		assertThat(Http.as(port, "approver").post(PATH, request("By an approver " + UUID.randomUUID())).status())
			.isEqualTo(403);
		assertThat(Http.as(port, "inspector").post(PATH, request("By an inspector " + UUID.randomUUID())).status())
			.isEqualTo(403);
		assertThat(changes()).isEqualTo(before);
	}

}
