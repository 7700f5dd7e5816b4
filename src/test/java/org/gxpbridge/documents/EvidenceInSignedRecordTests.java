package org.gxpbridge.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Evidence attached to a process instance is part of what is signed (DESIGN.md §5: hashes
 * of attached documents), and upload, attachment and signature are in the audit trail
 * (P11-10e).
 */
@GxpServerTest
@Verifies({ "P11-70", "A11-14", "CHK-07", "URS-14" })
class EvidenceInSignedRecordTests {

	@LocalServerPort
	int port;

	@Test
	void theSignedRecordCarriesTheSha256OfAttachedEvidenceAndTheLedgerRecordsEachStep() throws Exception {
		String since = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS).toString();
		Http owner = Http.as(port, "owner");
		String pi = owner
			.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start",
					Map.of("businessKey", "SOP-EVID-1", "variables", Http.vars("documentNumber", "SOP-EVID-1",
							"documentTitle", "Cleaning", "documentVersion", "1.0", "changeSummary", "first")))
			.json()
			.get("id")
			.asText();
		DocumentClient.Reply upload = new DocumentClient(port, "owner").upload("sop-evid-1.pdf",
				SampleFiles.pdf("SOP-EVID-1 Cleaning", "Cleaning of line 3 follows 21 CFR 211.67."));
		assertThat(upload.status()).as(upload.text()).isEqualTo(201);
		String documentId = upload.json().get("id").asText();
		String sha256 = upload.json().get("sha256").asText();
		assertThat(new DocumentClient(port, "owner")
			.postJson("/api/documents/" + documentId + "/attachments", "{\"processInstanceId\":\"" + pi + "\"}")
			.status()).isEqualTo(201);

		String task = Http.as(port, "reviewer")
			.get("/engine-rest/task?processInstanceId=" + pi)
			.json()
			.get(0)
			.get("id")
			.asText();
		Http.Response signed = Http.as(port, "reviewer")
			.post("/api/tasks/" + task + "/sign", Map.of("meaning", "REVIEWED", "password", Http.DEMO_PASSWORD,
					"variables", Map.of("reviewOutcome", "ACCEPTED")));
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		String signatureId = signed.json().get("signatureId").asText();

		JsonNode content = new ObjectMapper()
			.readTree(Http.as(port, "inspector").get("/api/signatures/" + signatureId + "/content").body());
		assertThat(content.get("documents").get("evidence:" + documentId).get("sha256").asText()).isEqualTo(sha256);
		// DESIGN.md §6: the evidence is part of the record the signature covers (content
		// hash), next to its defining fields
		assertThat(content.get("record").get("documents").get("evidence:" + documentId).get("sha256").asText())
			.isEqualTo(sha256);
		assertThat(content.get("record").get("fields").get("documentNumber").asText()).isEqualTo("SOP-EVID-1");
		assertThat(Http.as(port, "inspector")
			.get("/api/signatures/" + signatureId)
			.json()
			.get("recordChangedSinceSigning")
			.asBoolean()).as("recomputed from the process and the documents module as they stand").isFalse();

		JsonNode ledger = Http.as(port, "inspector").get("/api/audit/entries?processInstanceId=" + pi).json();
		assertThat(ledger.findValuesAsText("action")).contains("EVIDENCE_ATTACHED", "SIGNATURE_MADE");
		JsonNode all = Http.as(port, "auditor").get("/api/audit/entries?user=owner&from=" + since).json();
		assertThat(all.findValuesAsText("action")).contains("DOCUMENT_UPLOADED");
	}

}
