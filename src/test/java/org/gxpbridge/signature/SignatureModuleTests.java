package org.gxpbridge.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Map;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.gxpbridge.security.Role;
import org.gxpbridge.support.Http;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The signature module at its own size (issue 10): signature with everything it depends
 * on (workflow and the process engine, documents and the regulation catalogue under it,
 * security, shared), but none of the modules that depend on signature or listen to it
 * (inbox, mail, controls, audit trail). A signing step is a user task of a deployed
 * model, so the module cannot be proved without the engine; it runs on its own H2 and is
 * closed after the class. Proves P11-70 and P11-200 at module size: a signature over a
 * record verifies with its certificate, issued by the server's CA, and a wrong password
 * is refused and counted toward lockout (P11-300d, CHK-11).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(
		properties = { "spring.datasource.url=jdbc:h2:mem:gxp-signature-module;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
				// its own engine name: closing a second "default" engine would take the
				// shared server's
				// out of Camunda's static registry (engine REST of later tests answers
				// "not available")
				"camunda.bpm.process-engine-name=signatureModule" })
@ActiveProfiles({ "demo", "test" })
@DirtiesContext
class SignatureModuleTests {

	@Autowired
	Signatures signatures;

	@Autowired
	Workflow workflow;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RepositoryService repository;

	@Autowired
	AuthorizationService authorizations;

	/**
	 * A test model with one signing step: the product's models start with delegates of
	 * modules this test leaves out.
	 */
	static final String STEP_PROCESS = "SignatureModuleStepProcess";

	@Test
	void aSignatureOverTheReviewRecordVerifiesWithTheSignersCertificate(AssertablePublishedEvents events)
			throws Exception {
		String review = reviewStep("SIG-MODULE-1");

		SignatureView signed = signatures.sign(new SignRequest(review, "reviewer", Http.DEMO_PASSWORD, "REVIEWED",
				Map.of(), "module test", "127.0.0.1"));

		assertThat(signed.valid()).isTrue();
		assertThat(signed.printedName()).isEqualTo("Demo Reviewer");
		assertThat(tasks.createTaskQuery().taskId(review).count()).as("the step completed with its signature").isZero();
		byte[] content = signatures.content(signed.signatureId());
		assertThat(new String(content, StandardCharsets.UTF_8)).contains("SIG-MODULE-1").contains("REVIEWED");
		CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(content),
				signatures.cms(signed.signatureId()));
		SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
		X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates()
			.getMatches(signer.getSID())
			.iterator()
			.next();
		X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
		assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)))
			.as("the CMS signature over the stored record")
			.isTrue();
		certificate.verify(ca().getPublicKey());
		SignerInformation overAltered = new CMSSignedData(new CMSProcessableByteArray(altered(content)),
				signatures.cms(signed.signatureId()))
			.getSignerInfos()
			.getSigners()
			.iterator()
			.next();
		assertThatThrownBy(() -> overAltered.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)))
			.as("one changed byte of the record breaks it")
			.isInstanceOf(CMSSignerDigestMismatchException.class);
		events.assertThat()
			.contains(RecordSigned.class)
			.matching(e -> e.signatureId().equals(signed.signatureId()) && e.meaning().equals("REVIEWED"));
	}

	@Test
	void aWrongPasswordIsRefusedCountedAndSignsNothing() {
		String review = reviewStep("SIG-MODULE-2");

		assertThatThrownBy(() -> signatures
			.sign(new SignRequest(review, "qm", "Wrong-Passw0rd-1", "REVIEWED", Map.of(), null, "127.0.0.1")))
			.isInstanceOfSatisfying(SignatureException.class, e -> {
				assertThat(e.code()).isEqualTo("bad_credentials");
				assertThat(e.getMessage()).contains("1 of 5");
			});

		assertThat(jdbc.queryForObject("select consecutive from gxp_signature_failure where user_id = 'qm'",
				Integer.class))
			.as("counted toward lockout")
			.isEqualTo(1);
		assertThat(tasks.createTaskQuery().taskId(review).count()).as("the step stays open").isOne();
		assertThat(signatures.forTask(review)).isEmpty();
	}

	@BeforeEach
	void deployTheTestStep() {
		if (repository.createProcessDefinitionQuery().processDefinitionKey(STEP_PROCESS).count() == 0) {
			repository.createDeployment()
				.name("signature-module-test")
				.addClasspathResource("signature/signature-module-step.bpmn")
				.deploy();
			// the server grants starting a model at start-up; this one arrives later
			Authorization starters = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			starters.setGroupId(Role.PROCESS_OWNER.groupId());
			starters.setResource(Resources.PROCESS_DEFINITION);
			starters.setResourceId(STEP_PROCESS);
			starters.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
			authorizations.saveAuthorization(starters);
		}
	}

	private String reviewStep(String number) {
		String pi = workflow
			.start(STEP_PROCESS, number, Map.of("documentNumber", number, "documentTitle", "Module test",
					"documentVersion", "1.0", "changeSummary", "first issue"), "owner")
			.processInstanceId();
		return tasks.createTaskQuery()
			.processInstanceId(pi)
			.taskDefinitionKey("Task_ReviewDocument")
			.singleResult()
			.getId();
	}

	private X509Certificate ca() throws Exception {
		return (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(
					new ByteArrayInputStream(signatures.caCertificatePem().getBytes(StandardCharsets.US_ASCII)));
	}

	private static byte[] altered(byte[] content) {
		byte[] copy = content.clone();
		copy[copy.length / 2] ^= 0x01;
		return copy;
	}

}
