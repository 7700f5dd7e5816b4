package org.gxpbridge.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gxpbridge.improvement.ManagementReviewModel.PROCESS_KEY;

import java.util.Map;

import org.gxpbridge.monitoring.CapaRecord;
import org.gxpbridge.monitoring.CapaSource;
import org.gxpbridge.monitoring.Capas;
import org.gxpbridge.monitoring.NewCapa;
import org.gxpbridge.monitoring.Severity;
import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Management reviews over HTTP and as pages: top management, quality, auditors and
 * inspectors read the meeting record; other roles are refused; the pack holds what the
 * other steps recorded since the previous review.
 */
@GxpServerTest
@Verifies("URS-24")
class ManagementReviewWebTests {

	@Autowired
	Workflow workflow;

	@Autowired
	ManagementReviews reviews;

	@Autowired
	Capas capas;

	@LocalServerPort
	int port;

	ManagementReview started() {
		String pi = workflow.start(PROCESS_KEY, "PROGRAMME-WEB", Map.of(), "qm").processInstanceId();
		return reviews.forProcessInstance(pi).orElseThrow();
	}

	@Test
	void thePackListsACapaOpenedSinceThePreviousReview() {
		CapaRecord capa = capas.open(new NewCapa("Supplier certificate expired", "found in incoming inspection",
				CapaSource.COMPLAINT, "CMP-17", Severity.MINOR, false, false), "qm");
		ManagementReview r = started();
		assertThat(r.pack()).filteredOn(i -> ManagementReviewInput.CAPA.equals(i.key()))
			.singleElement()
			.satisfies(i -> assertThat(i.facts()).anyMatch(f -> f.startsWith("Opened since") && f.contains(capa.id())));
	}

	@Test
	void readersGetTheReviewWithItsPackAndSignatureStateAndOtherRolesAreRefused() {
		ManagementReview r = started();
		for (String reader : new String[] { "qm", "approver", "auditor", "inspector" }) {
			var list = Http.as(port, reader).get("/api/management-reviews");
			assertThat(list.status()).as(reader).isEqualTo(200);
			assertThat(list.body()).contains("\"" + r.id() + "\"");
		}
		var one = Http.as(port, "inspector").get("/api/management-reviews/" + r.id());
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().at("/review/status").asText()).isEqualTo(ManagementReview.PACK_GATHERED);
		assertThat(one.json().at("/review/pack")).hasSize(ManagementReviewInput.KEYS.size());
		assertThat(one.json().at("/review/packSha256").asText()).isEqualTo(r.packSha256());
		assertThat(one.json().get("signatures")).isEmpty();
		for (String other : new String[] { "owner", "itsec", "admin" }) {
			assertThat(Http.as(port, other).get("/api/management-reviews/" + r.id()).status()).as(other).isEqualTo(403);
		}
		var unknown = Http.as(port, "auditor").get("/api/management-reviews/MR-999999");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("management_review_not_found");
	}

	@Test
	void theReviewPageShowsThePackAsAMeetingRecord() {
		ManagementReview r = started();
		var page = FormSession.signedIn(port, "inspector", Http.DEMO_PASSWORD)
			.get("/improvement/management-reviews/" + r.id());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Management review " + r.id(), "Audit results",
				"CAPA status and effectiveness", "Risk register changes", "Training status",
				"Gap coverage per framework", "Regulatory changes", "Vulnerability status", r.packSha256(),
				"Not signed yet.");
		var list = FormSession.signedIn(port, "auditor", Http.DEMO_PASSWORD).get("/improvement/management-reviews");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("data-review-id=\"" + r.id() + "\"");
		assertThat(FormSession.signedIn(port, "owner", Http.DEMO_PASSWORD)
			.get("/improvement/management-reviews/" + r.id())
			.statusCode()).isEqualTo(403);
	}

}
