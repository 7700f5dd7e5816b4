package org.gxpbridge.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.gxpbridge.documents.internal.EvidenceTargets;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The documents module at its own size (issue 10): documents with the beans it uses
 * directly (the regulation catalogue for citations) on its own H2, without the process
 * engine, whose auto-configurations are left out. The one thing documents asks the
 * engine, whether a process instance runs ({@link EvidenceTargets}, implemented in
 * documents' process package), is a mock: it is the module's port to the engine. Proves
 * upload, hash, parse, refusal of a bad file and the evidence event (P11-10a, CHK-04).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(
		properties = { "spring.datasource.url=jdbc:h2:mem:gxp-documents-module;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
				"spring.autoconfigure.exclude=" + DocumentsModuleTests.NO_ENGINE })
@ActiveProfiles("test")
class DocumentsModuleTests {

	static final String NO_ENGINE = "org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration,"
			+ "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
			+ "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration";

	@Autowired
	Documents documents;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoBean
	EvidenceTargets engine;

	/**
	 * Documents uses no account bean (only the signed-in user's id); the root package's
	 * home page, bootstrapped with every module, does.
	 */
	@MockitoBean
	Accounts accounts;

	@Test
	void storesAnUploadWithItsSha256AndTheTextAndCitationsTikaFound(AssertablePublishedEvents events) {
		byte[] docx = SampleFiles.docx("Validation SOP", "This SOP implements 21 CFR Part 11 for audit trails.");

		DocumentInfo stored = documents.upload(new NewDocument("sop.docx", docx, null, DocumentKind.SOP, null), "qm");

		assertThat(stored.sha256()).isEqualTo(sha256(docx));
		assertThat(stored.mediaType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(stored.title()).as("from the document's own properties").isEqualTo("Validation SOP");
		assertThat(stored.uploadedBy()).isEqualTo("qm");
		assertThat(documents.content(stored.id(), "qm").bytes()).isEqualTo(docx);
		assertThat(documents.text(stored.id(), "qm")).contains("implements 21 CFR Part 11");
		assertThat(documents.citations(stored.id())).extracting(Citation::frameworkId).contains("21-CFR-11");
		assertThat(documents.search("audit trails", 5)).extracting(SearchHit::documentId).contains(stored.id());
		events.assertThat()
			.contains(DocumentUploaded.class)
			.matching(e -> e.documentId().equals(stored.id()) && e.sha256().equals(sha256(docx))
					&& e.uploadedBy().equals("qm"));
	}

	@Test
	void refusesAFileThatContradictsItsNameAndStoresNothing(AssertablePublishedEvents events) {
		int before = count();
		byte[] script = SampleFiles.shellScript();

		assertThatThrownBy(() -> documents.upload(new NewDocument("report.pdf", script, null, null, null), "qm"))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo("extension_contradicts_content"));

		assertThat(count()).as("nothing stored").isEqualTo(before);
		events.assertThat()
			.contains(DocumentRejected.class)
			.matching(e -> e.fileName().equals("report.pdf") && e.reason().equals("extension_contradicts_content")
					&& e.userId().equals("qm"));
	}

	@Test
	void attachingEvidencePublishesItsEventWithTheHash(Scenario scenario) {
		DocumentInfo doc = documents.upload(new NewDocument("capa.txt",
				"Root cause found and fixed".getBytes(StandardCharsets.UTF_8), "CAPA evidence", null, null), "qm");
		when(engine.processInstance("pi-1")).thenReturn(EvidenceTargets.State.RUNNING);

		scenario.stimulate(() -> documents.attach(doc.id(), "pi-1", null, "qm"))
			.andWaitForEventOfType(EvidenceAttached.class)
			.matching(e -> e.documentId().equals(doc.id()))
			.toArriveAndVerify((event, evidence) -> {
				assertThat(event.sha256()).isEqualTo(doc.sha256());
				assertThat(event.processInstanceId()).isEqualTo("pi-1");
				assertThat(event.attachedBy()).isEqualTo("qm");
				assertThat(evidence.sha256()).isEqualTo(doc.sha256());
			});
		assertThat(documents.evidenceOf("pi-1")).extracting(Evidence::documentId).containsExactly(doc.id());
	}

	@Test
	void refusesEvidenceForAProcessInstanceThatHasEnded() {
		DocumentInfo doc = documents
			.upload(new NewDocument("late.txt", "Too late".getBytes(StandardCharsets.UTF_8), null, null, null), "qm");
		when(engine.processInstance("pi-ended")).thenReturn(EvidenceTargets.State.ENDED);

		assertThatThrownBy(() -> documents.attach(doc.id(), "pi-ended", null, "qm")).isInstanceOfSatisfying(
				DomainException.class, e -> assertThat(e.code()).isEqualTo("process_instance_ended"));
		assertThat(documents.evidenceOf("pi-ended")).isEmpty();
	}

	private int count() {
		return jdbc.queryForObject("select count(*) from gxp_document", Integer.class);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
