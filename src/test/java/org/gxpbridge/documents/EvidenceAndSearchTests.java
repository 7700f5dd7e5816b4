package org.gxpbridge.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.gxpbridge.controls.DocumentApprovalModel;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Evidence on process instances and tasks, citations and search over HTTP, the events the
 * audit trail will take.
 */
@GxpServerTest
@RecordApplicationEvents
class EvidenceAndSearchTests {

	@LocalServerPort
	int port;

	@Autowired
	Workflow workflow;

	@Autowired
	Documents documents;

	@Autowired
	ApplicationEvents events;

	DocumentClient as(String user) {
		return new DocumentClient(port, user);
	}

	String upload(String name, byte[] content) {
		DocumentClient.Reply r = as("auditor").upload(name, content);
		assertThat(r.status()).as(r.text()).isEqualTo(201);
		return r.json().get("id").asText();
	}

	/**
	 * P11-70 groundwork: the SHA-256 of evidence, verified on read, is what signed
	 * records will carry.
	 */
	@Test
	void attachesDocumentsAsEvidenceOfAProcessInstanceAndItsTaskWithTheirSha256() {
		String pi = workflow
			.start(DocumentApprovalModel.PROCESS_KEY, "SOP-EVID-1",
					Map.of("documentNumber", "SOP-EVID-1", "documentTitle", "Evidence SOP"), "owner")
			.processInstanceId();
		String taskId = Http.as(port, "qm")
			.get("/engine-rest/task?processInstanceId=" + pi)
			.json()
			.get(0)
			.get("id")
			.asText();
		String report = upload("test-report.pdf", SampleFiles.pdf("OQ test report", "All OQ tests passed."));
		String minutes = upload("minutes.txt", "Review meeting minutes".getBytes(StandardCharsets.UTF_8));

		DocumentClient.Reply attached = as("reviewer").postJson("/api/documents/" + report + "/attachments",
				"{\"processInstanceId\":\"" + pi + "\",\"taskId\":\"" + taskId + "\"}");
		assertThat(attached.status()).as(attached.text()).isEqualTo(201);
		assertThat(as("qm")
			.postJson("/api/documents/" + minutes + "/attachments", "{\"processInstanceId\":\"" + pi + "\"}")
			.status()).isEqualTo(201);

		JsonNode evidence = as("inspector").get("/api/process-instances/" + pi + "/documents").json();
		assertThat(evidence).hasSize(2);
		assertThat(evidence.get(0).get("documentId").asText()).isEqualTo(report);
		assertThat(evidence.get(0).get("taskId").asText()).isEqualTo(taskId);
		assertThat(evidence.get(0).get("attachedBy").asText()).isEqualTo("reviewer");
		assertThat(evidence.get(0).get("sha256").asText())
			.isEqualTo(as("qm").get("/api/documents/" + report).json().get("sha256").asText());
		assertThat(documents.evidenceOf(pi)).extracting(Evidence::documentId).containsExactly(report, minutes);
		assertThat(as("qm").get("/api/documents/" + report + "/attachments")
			.json()
			.get(0)
			.get("processInstanceId")
			.asText()).isEqualTo(pi);

		assertThat(as("qm")
			.postJson("/api/documents/" + report + "/attachments",
					"{\"processInstanceId\":\"" + pi + "\",\"taskId\":\"" + taskId + "\"}")
			.json()
			.get("error")
			.asText()).isEqualTo("already_attached");
		assertThat(as("qm")
			.postJson("/api/documents/" + report + "/attachments", "{\"processInstanceId\":\"no-such-instance\"}")
			.json()
			.get("error")
			.asText()).isEqualTo("process_instance_not_found");
		assertThat(as("qm")
			.postJson("/api/documents/" + minutes + "/attachments",
					"{\"processInstanceId\":\"" + pi + "\",\"taskId\":\"other-task\"}")
			.json()
			.get("error")
			.asText()).isEqualTo("task_not_found");
		assertThat(as("qm").postJson("/api/documents/" + minutes + "/attachments", "{}").status()).isEqualTo(400);
		assertThat(as("inspector")
			.postJson("/api/documents/" + minutes + "/attachments", "{\"processInstanceId\":\"" + pi + "\"}")
			.status()).isEqualTo(403);
	}

	@Test
	void listsCitationsOfAnUploadedDocumentWithCatalogueIdsAndPassages() {
		String id = upload("policy.docx",
				SampleFiles.docx("Data integrity policy",
						"Electronic records meet 21 CFR Part 11 and Annex 11 of the EU GMP Guidelines.",
						"Design controls follow 820.30; information security follows ISO/IEC 27001."));
		JsonNode citations = as("inspector").get("/api/documents/" + id + "/citations").json();
		assertThat(citations.findValuesAsText("frameworkId")).containsExactlyInAnyOrder("21-CFR-11", "EU-GMP-ANNEX-11",
				"21-CFR-820", "ISO-IEC-27001");
		JsonNode qmsr = findById(citations, "21-CFR-820");
		assertThat(qmsr.get("sections").get(0).asText()).isEqualTo("820.30");
		assertThat(qmsr.get("passages").get(0).asText())
			.isEqualTo("Design controls follow 820.30; information security follows ISO/IEC 27001.");
		assertThat(qmsr.get("framework").asText()).isEqualTo("21 CFR Part 820 (QMSR)");
	}

	private static JsonNode findById(JsonNode citations, String id) {
		for (JsonNode c : citations) {
			if (c.get("frameworkId").asText().equals(id)) {
				return c;
			}
		}
		throw new AssertionError(id + " not cited");
	}

	@Test
	void searchFindsDocumentsByWordsOfTheirTextAndTitle() {
		String id = upload("capa.txt",
				"Root cause: the zyxquorum calibration drifted beyond tolerance.".getBytes(StandardCharsets.UTF_8));
		JsonNode hits = as("inspector").get("/api/documents?q=zyxquorum%20calibration").json();
		assertThat(hits.findValuesAsText("documentId")).containsExactly(id);
		assertThat(hits.get(0).get("snippet").asText()).contains("zyxquorum");
		assertThat(as("inspector").get("/api/documents?q=zyxquorum%20absent").json()).isEmpty();
		assertThat(as("inspector").get("/api/documents?q=%20").json().get("error").asText()).isEqualTo("invalid_query");
	}

	/**
	 * P11-10e / CHK-18: uploads, refusals, exports and evidence links reach the audit
	 * trail as events.
	 */
	@Test
	void publishesEventsForUploadRefusalDownloadAndAttachment() {
		DocumentInfo stored = documents.upload(
				new NewDocument("note.txt", "event test".getBytes(StandardCharsets.UTF_8), null, null, null), "owner");
		assertThat(events.stream(DocumentUploaded.class)).singleElement().satisfies(e -> {
			assertThat(e.documentId()).isEqualTo(stored.id());
			assertThat(e.uploadedBy()).as("the caller names the actor").isEqualTo("owner");
			assertThat(e.sha256()).isEqualTo(stored.sha256());
		});
		try {
			documents.upload(new NewDocument("empty.pdf", new byte[0], null, null, null), "owner");
		}
		catch (InvalidInputException expected) {
			// refused, as it must be
		}
		assertThat(events.stream(DocumentRejected.class)).singleElement()
			.satisfies(e -> assertThat(e.reason()).isEqualTo("empty_document"));
		documents.content(stored.id(), "inspector");
		assertThat(events.stream(DocumentDownloaded.class)).singleElement().satisfies(e -> {
			assertThat(e.representation()).isEqualTo("content");
			assertThat(e.userId()).isEqualTo("inspector");
		});
		String pi = workflow
			.start(DocumentApprovalModel.PROCESS_KEY, "SOP-EVT", Map.of("documentTitle", "Events SOP"), "owner")
			.processInstanceId();
		documents.attach(stored.id(), pi, null, "owner");
		assertThat(events.stream(EvidenceAttached.class)).singleElement().satisfies(e -> {
			assertThat(e.processInstanceId()).isEqualTo(pi);
			assertThat(e.sha256()).isEqualTo(stored.sha256());
		});
	}

	@Test
	void serverAnswersOtherRequestsWhileHostileFilesAreParsed() throws Exception {
		String id = upload("ok.txt", "still readable".getBytes(StandardCharsets.UTF_8));
		List<CompletableFuture<DocumentClient.Reply>> hostile = List.of(
				CompletableFuture.supplyAsync(() -> as("itsec").upload("bomb.docx", SampleFiles.zipBombDocx())),
				CompletableFuture.supplyAsync(() -> as("itsec").upload("bomb2.docx", SampleFiles.zipBombDocx())),
				CompletableFuture
					.supplyAsync(() -> as("itsec").upload("deep.xml", SampleFiles.deeplyNestedXml(200_000))),
				CompletableFuture.supplyAsync(() -> as("itsec").upload("words.txt",
						"word ".repeat(3_000_000).getBytes(StandardCharsets.UTF_8))));
		int answered = 0;
		while (!hostile.stream().allMatch(CompletableFuture::isDone)) {
			assertThat(Http.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
			assertThat(as("inspector").get("/api/documents/" + id + "/text").text()).isEqualTo("still readable");
			answered++;
		}
		for (CompletableFuture<DocumentClient.Reply> f : hostile) {
			DocumentClient.Reply r = f.get(60, TimeUnit.SECONDS);
			assertThat(r.status()).as(r.text()).isIn(413, 422, 503);
		}
		assertThat(answered).as("requests answered while the hostile files were in flight").isPositive();
	}

}
