package org.gxpbridge.regulationreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.gxpbridge.regulationreview.RegulationReviewModel.*;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.documents.DocumentKind;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.NewDocument;
import org.gxpbridge.documents.SampleFiles;
import org.gxpbridge.regulation.ApplicabilityRegister;
import org.gxpbridge.regulation.RegisterVersion;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The register's API and page over HTTP as the demo users see them: versions (superseded
 * ones readable), intake proposals, who may edit a draft, the audit trail of each change,
 * and a signature that shows a change made in SQL behind the server's back.
 */
@GxpServerTest
class RegisterApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	Signatures signatures;

	@Autowired
	ApplicabilityRegister register;

	@Autowired
	Documents documents;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	RegisterWalk walk;

	@BeforeEach
	void setUp() {
		init(engine);
		walk = new RegisterWalk(engine, workflow, signatures, register);
		walk.closeOpenVersions();
	}

	@Test
	@Verifies("URS-16")
	void listsTheCurrentVersionAndKeepsSupersededVersionsReadable() {
		RegisterVersion first = walk.approved("21-CFR-11");
		RegisterVersion second = walk.approved("ISO-14971");
		Http inspector = Http.as(port, "inspector");

		JsonNode all = inspector.get("/api/regulations/register").json();
		assertThat(all.path("current").path("version").asInt()).isEqualTo(second.version());
		assertThat(all.path("versions").findValuesAsText("status")).contains("SUPERSEDED", "APPROVED");

		Http.Response old = inspector.get("/api/regulations/register/versions/" + first.version());
		assertThat(old.status()).isEqualTo(200);
		assertThat(old.json().path("status").asText()).isEqualTo("SUPERSEDED");
		assertThat(old.json().path("signatureIds")).hasSize(2);
		assertThat(old.json().path("entries").findValuesAsText("frameworkId")).contains("21-CFR-11");

		Http.Response missing = inspector.get("/api/regulations/register/versions/99999");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().path("error").asText()).isEqualTo("register_version_not_found");
	}

	@Test
	@Verifies("URS-15")
	void proposesTheFrameworksAnUploadedDocumentCites() {
		byte[] docx = SampleFiles.docx("Guidance", "Manufacturers follow EU GMP Annex 11 for computerised systems.");
		String id = documents.upload(new NewDocument("g.docx", docx, null, DocumentKind.GUIDANCE, null), "qm").id();
		Http qm = Http.as(port, "qm");

		JsonNode proposals = qm.get("/api/regulations/proposals?documentId=" + id).json();
		assertThat(proposals.findValuesAsText("frameworkId")).containsExactly("EU-GMP-ANNEX-11");
		assertThat(proposals.get(0).path("passages").get(0).asText()).contains("computerised systems");

		Http.Response unknown = qm.get("/api/regulations/proposals?documentId=no-such-document");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).contains("json");
		assertThat(qm.get("/api/regulations/proposals").status()).isEqualTo(400);
	}

	@Test
	@Verifies("CHK-15")
	void onlyWhoWorksTheProposalStepEditsTheDraftAndOnlyWhileItIsDraft() {
		ProcessInstance pi = walk.startRevision();
		String path = "/api/regulations/register/versions/" + walk.version(pi) + "/entries/21-CFR-11";
		Map<String, Object> entry = Map.of("applicable", true, "rationale", "electronic records are kept",
				"responsible", "QUALITY_MANAGER", "accountable", "Compliance officer", "reason", "scope");

		assertThat(Http.as(port, "qm").put(path, entry).status()).isEqualTo(200);
		assertThat(Http.as(port, "reviewer").put(path, entry).status()).isEqualTo(403);
		assertThat(Http.as(port, "inspector").put(path, entry).status()).isEqualTo(403);
		assertThat(Http.as(port, "qm")
			.put("/api/regulations/register/versions/" + walk.version(pi) + "/entries/NO-SUCH-FRAMEWORK", entry)
			.status()).isEqualTo(404);
		walk.submit(pi);
		Http.Response inReview = Http.as(port, "qm").put(path, entry);
		assertThat(inReview.status()).isEqualTo(409);
		assertThat(inReview.json().path("error").asText()).isEqualTo("register_version_not_editable");
	}

	@Test
	@Verifies({ "P11-10e", "A11-9" })
	void everyChangeIsAnAuditEntryWithOldAndNewValueAndReason() {
		walk.approved("21-CFR-11");
		ProcessInstance pi = walk.startRevision();
		Instant before = Instant.now().minusSeconds(1);
		String path = "/api/regulations/register/versions/" + walk.version(pi) + "/entries/21-CFR-11";
		Http.Response refused = Http.as(port, "qm")
			.put(path, Map.of("applicable", false, "rationale", "no electronic records any more"));
		assertThat(refused.status()).as("a change of the approved register needs a reason").isEqualTo(422);

		Http.as(port, "qm")
			.withHeader("X-GxP-Reason", "paper records only since 2026")
			.put(path, Map.of("applicable", false, "rationale", "no electronic records any more"));

		assertThat(ledger.entries(new AuditQuery(pi.getId(), null, "qm", before, null, 100)))
			.filteredOn(e -> "REGISTER_ENTRY_CHANGED".equals(e.action()) && "21-CFR-11.applicable".equals(e.field())
					&& "false".equals(e.newValue()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.oldValue()).isEqualTo("true");
				assertThat(e.newValue()).isEqualTo("false");
				assertThat(e.reason()).isEqualTo("paper records only since 2026");
				assertThat(e.objectId()).isEqualTo(ApplicabilityRegister.REGISTER_ID + "/v" + walk.version(pi));
			});
		assertThat(ledger.entries(new AuditQuery(pi.getId(), null, null, before, null, 100)))
			.extracting(AuditEntry::action)
			.doesNotContain("REGISTER_ENTRY_REMOVED");
	}

	@Test
	@Verifies({ "P11-70", "A11-14", "CHK-07" })
	void aRegisterChangedInSqlBehindTheServersBackShowsItsSignaturesAsChanged() {
		RegisterVersion approved = walk.approved("21-CFR-11");
		Http auditor = Http.as(port, "auditor");
		for (String id : approved.signatureIds()) {
			assertThat(auditor.get("/api/signatures/" + id).json().path("recordChangedSinceSigning").asBoolean())
				.isFalse();
		}

		String rationale = jdbc.queryForObject(
				"select rationale from gxp_register_entry where register_id = ? "
						+ "and version = ? and framework_id = '21-CFR-11'",
				String.class, approved.registerId(), approved.version());
		jdbc.update("update gxp_register_entry set rationale = 'tampered' where register_id = ? and version = ? "
				+ "and framework_id = '21-CFR-11'", approved.registerId(), approved.version());
		try {
			for (String id : approved.signatureIds()) {
				JsonNode signature = auditor.get("/api/signatures/" + id).json();
				assertThat(signature.path("valid").asBoolean()).isTrue();
				assertThat(signature.path("recordChangedSinceSigning").asBoolean()).isTrue();
			}
		}
		finally {
			// put back: the shared context's ledger seals every register version, and a
			// later test in the same JVM verifies the whole ledger (CHK-04)
			jdbc.update("update gxp_register_entry set rationale = ? where register_id = ? and version = ? "
					+ "and framework_id = '21-CFR-11'", rationale, approved.registerId(), approved.version());
		}
		for (String id : approved.signatureIds()) {
			assertThat(auditor.get("/api/signatures/" + id).json().path("recordChangedSinceSigning").asBoolean())
				.as("restored, the register matches what was signed again")
				.isFalse();
		}
	}

	@Test
	void thePageShowsTheTableAndLetsTheProposerAddAFramework() {
		ProcessInstance pi = walk.startRevision();
		int version = walk.version(pi);
		String page = "/regulations/register/versions/" + version;
		FormSession qm = FormSession.signedIn(port, "qm", Http.DEMO_PASSWORD);
		String reason = register.current().isPresent() ? "&reason=" + FormSession.enc("new product line") : "";

		var saved = qm.postForm(page, page + "/entries",
				"frameworkId=IEC-62304&applicable=true&rationale=" + FormSession.enc("device software")
						+ "&responsible=QUALITY_MANAGER&accountable=" + FormSession.enc("Compliance officer")
						+ "&consulted=IT_SECURITY&informed=PROCESS_OWNER" + reason);

		assertThat(saved.statusCode()).isEqualTo(302);
		String html = qm.get(page).body();
		assertThat(html).contains("id=\"entry-IEC-62304\"", "device software", "id=\"entry-form\"");
		FormSession reviewer = FormSession.signedIn(port, "reviewer", Http.DEMO_PASSWORD);
		assertThat(reviewer.get(page).body()).as("the reviewer reads the table but gets no edit form")
			.contains("id=\"entry-IEC-62304\"")
			.doesNotContain("id=\"entry-form\"");
		assertThat(register.version(version).entries()).anyMatch(e -> e.frameworkId().equals("IEC-62304"));
		walk.complete(RegisterWalk.QM, pi, TASK_PROPOSE, Map.of(VAR_PROPOSAL_OUTCOME, PROPOSAL_WITHDRAWN));
	}

}
