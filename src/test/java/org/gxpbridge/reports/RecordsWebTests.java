package org.gxpbridge.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gxpbridge.controls.DocumentApprovalModel.PROCESS_KEY;
import static org.gxpbridge.controls.DocumentApprovalModel.VAR_CHANGE_SUMMARY;
import static org.gxpbridge.controls.DocumentApprovalModel.VAR_DOCUMENT_NUMBER;
import static org.gxpbridge.controls.DocumentApprovalModel.VAR_TITLE;
import static org.gxpbridge.controls.DocumentApprovalModel.VAR_VERSION;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /records} and {@code /api/records} (issue 15 item 0): the owner who started a
 * record finds it, running, with a link to its dossier; an unrelated user does not; the
 * quality manager, auditor and inspector find every record; search by business key,
 * process and status works; bad input is a 400.
 */
@GxpServerTest
class RecordsWebTests {

	@LocalServerPort
	int port;

	@Autowired
	Workflow workflow;

	String startDocument() {
		String number = "SOP-R" + UUID.randomUUID().toString().substring(0, 6);
		workflow.start(PROCESS_KEY, number, Map.of(VAR_DOCUMENT_NUMBER, number, VAR_TITLE, "Records test", VAR_VERSION,
				"1.0", VAR_CHANGE_SUMMARY, "first issue"), "owner");
		return number;
	}

	JsonNode records(String user, String query) {
		Http.Response r = Http.as(port, user).get("/api/records?" + query);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	@Test
	@Verifies({ "P11-10b", "CHK-06" })
	void showsMyRecordToMeAndNotToAnUnrelatedUserAndEverythingToTheOversight() {
		String number = startDocument();
		JsonNode mine = records("owner", "q=" + number);
		assertThat(mine.path("total").asLong()).isEqualTo(1);
		JsonNode row = mine.path("rows").get(0);
		assertThat(row.path("businessKey").asText()).isEqualTo(number);
		assertThat(row.path("status").asText()).isEqualTo("running");
		assertThat(row.path("startedBy").asText()).isEqualTo("owner");
		assertThat(row.path("title").asText()).isNotBlank();
		assertThat(row.path("dossierPath").asText())
			.isEqualTo("/reports/process-instances/" + row.path("processInstanceId").asText());
		assertThat(mine.path("everything").asBoolean()).isFalse();

		assertThat(records("itsec", "q=" + number).path("total").asLong()).as("an unrelated user").isZero();
		for (String oversight : new String[] { "qm", "auditor", "inspector" }) {
			JsonNode all = records(oversight, "q=" + number);
			assertThat(all.path("total").asLong()).as(oversight).isEqualTo(1);
			assertThat(all.path("everything").asBoolean()).isTrue();
		}
	}

	@Test
	@Verifies({ "P11-10b", "CHK-06" })
	void searchesByProcessStatusAndDate() {
		String number = startDocument();
		assertThat(
				records("owner", "q=" + number + "&process=" + PROCESS_KEY + "&status=running").path("total").asLong())
			.isEqualTo(1);
		assertThat(records("owner", "q=" + number + "&status=finished").path("total").asLong()).isZero();
		assertThat(records("owner", "q=" + number + "&process=CapaProcess").path("total").asLong()).isZero();
		assertThat(records("owner", "q=" + number + "&from=2000-01-01&to=2999-01-01").path("total").asLong())
			.isEqualTo(1);
		assertThat(records("owner", "q=" + number + "&to=2000-01-01").path("total").asLong()).isZero();
		assertThat(Http.as(port, "owner").get("/api/records?status=sleeping").status()).isEqualTo(400);
		assertThat(Http.as(port, "owner").get("/api/records?from=yesterday").status()).isEqualTo(400);
	}

	@Test
	@Verifies({ "P11-10b", "CHK-06" })
	void theRecordsPageLinksEachRecordToItsDossier() {
		String number = startDocument();
		var page = FormSession.signedIn(port, "owner", Http.DEMO_PASSWORD).get("/records?q=" + number);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(number).contains("/reports/process-instances/");
		var other = FormSession.signedIn(port, "itsec", Http.DEMO_PASSWORD).get("/records?q=" + number);
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.body()).doesNotContain("data-process-instance-id").contains("No record matches");
	}

}
