package org.gxpbridge.regulationreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gxpbridge.regulationreview.RegulationReviewModel.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.documents.DocumentKind;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.NewDocument;
import org.gxpbridge.documents.SampleFiles;
import org.gxpbridge.regulation.ApplicabilityRegister;
import org.gxpbridge.regulation.ApplicableFramework;
import org.gxpbridge.regulation.RegisterVersion;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.signature.SignatureException;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of RegulationReviewProcess, started through the workflow facade by the
 * quality manager, signed through the signing service by the demo reviewer and approver.
 */
@GxpServerTest
@Verifies({ "P11-10f", "URS-15" })
class RegulationReviewProcessTests {

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
	JdbcTemplate jdbc;

	RegisterWalk walk;

	@BeforeEach
	void setUp() {
		init(engine);
		walk = new RegisterWalk(engine, workflow, signatures, register);
		walk.closeOpenVersions();
	}

	@Test
	void approvedVersionBecomesTheCurrentRegisterListingItsSignatures() {
		ProcessInstance pi = walk.startRevision();
		int version = walk.version(pi);
		assertThat(pi).isWaitingAt(TASK_PROPOSE)
			.variables()
			.containsEntry(VAR_REGISTER_ID, ApplicabilityRegister.REGISTER_ID)
			.containsEntry(VAR_REGISTER_VERSION, version);
		assertThat(task(TASK_PROPOSE, pi)).hasCandidateGroup("QUALITY_MANAGER");
		walk.entry(pi, "21-CFR-11", true);
		walk.entry(pi, "IEC-62443", false);
		walk.submit(pi);
		assertThat(register.version(version).status()).isEqualTo(RegisterVersion.IN_REVIEW);
		assertThat(task(TASK_REVIEW, pi)).hasCandidateGroup("REVIEWER").hasCandidateGroup("QUALITY_MANAGER");
		SignatureView reviewed = walk.sign("reviewer", pi, TASK_REVIEW, Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED));
		assertThat(task(TASK_APPROVE, pi)).hasCandidateGroup("APPROVER");
		SignatureView approved = walk.sign("approver", pi, TASK_APPROVE,
				Map.of(VAR_APPROVAL_OUTCOME, APPROVAL_APPROVED));
		assertThat(pi).isWaitingAt(TASK_RELEASE);
		walk.release(pi);

		assertThat(pi)
			.hasPassedInOrder(TASK_OPEN_VERSION, TASK_PROPOSE, TASK_SUBMIT, TASK_REVIEW, TASK_APPROVE, TASK_RELEASE)
			.isEnded()
			.hasPassed(END_APPROVED);
		RegisterVersion current = register.current().orElseThrow();
		assertThat(current.version()).isEqualTo(version);
		assertThat(current.status()).isEqualTo(RegisterVersion.APPROVED);
		assertThat(current.approvedAt()).isNotNull();
		assertThat(current.processInstanceId()).isEqualTo(pi.getId());
		assertThat(current.signatureIds()).containsExactly(reviewed.signatureId(), approved.signatureId());
		assertThat(register.applicableFrameworkIds()).contains("21-CFR-11").doesNotContain("IEC-62443");
	}

	@Test
	void reviewSendsTheVersionBackToTheProposerWhoRevisesIt() {
		ProcessInstance pi = walk.startRevision();
		int version = walk.version(pi);
		walk.entry(pi, "21-CFR-11", true);
		walk.submit(pi);
		SignatureView first = walk.sign("reviewer", pi, TASK_REVIEW,
				Map.of(VAR_REVIEW_OUTCOME, REVIEW_CHANGES_REQUESTED, VAR_REVIEW_COMMENT, "ISO 14971 is missing"));

		assertThat(pi).hasPassed(TASK_RETURN_TO_DRAFT).isWaitingAt(TASK_PROPOSE);
		assertThat(register.version(version).status()).isEqualTo(RegisterVersion.DRAFT);
		walk.entry(pi, "ISO-14971", true);
		walk.submit(pi);
		walk.reviewAndApprove(pi);
		walk.release(pi);

		assertThat(pi).isEnded().hasPassed(END_APPROVED);
		RegisterVersion approved = register.version(version);
		assertThat(approved.applicableFrameworkIds()).contains("21-CFR-11", "ISO-14971");
		assertThat(signatures.find(first.signatureId()).recordChangedSinceSigning())
			.as("the first review signed the version before ISO 14971 was added")
			.isTrue();
		assertThat(approved.signatureIds()).as("only the signatures over the approved content")
			.hasSize(2)
			.doesNotContain(first.signatureId());
	}

	@Test
	void approvalSendsTheVersionBackThroughReviewAgain() {
		ProcessInstance pi = walk.startRevision();
		walk.entry(pi, "21-CFR-11", true);
		walk.submit(pi);
		walk.sign("reviewer", pi, TASK_REVIEW, Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED));
		walk.sign("approver", pi, TASK_APPROVE,
				Map.of(VAR_APPROVAL_OUTCOME, APPROVAL_CHANGES_REQUESTED, VAR_APPROVAL_COMMENT, "add the RACI"));

		assertThat(pi).isWaitingAt(TASK_PROPOSE).hasPassed(TASK_RETURN_TO_DRAFT);
		assertThat(register.version(walk.version(pi)).status()).isEqualTo(RegisterVersion.DRAFT);
		walk.submit(pi);
		walk.reviewAndApprove(pi);
		walk.release(pi);
		assertThat(pi).isEnded().hasPassed(END_APPROVED);
	}

	@Test
	void withdrawnVersionEndsWithoutChangingTheCurrentRegister() {
		RegisterVersion before = walk.approved("21-CFR-11");
		ProcessInstance pi = walk.startRevision();
		walk.entry(pi, "ISO-IEC-27001", true);
		walk.complete(RegisterWalk.QM, pi, TASK_PROPOSE,
				Map.of(VAR_PROPOSAL_OUTCOME, PROPOSAL_WITHDRAWN, VAR_PROPOSAL_COMMENT, "not this year"));

		assertThat(pi).isEnded().hasPassed(TASK_WITHDRAW, END_WITHDRAWN).hasNotPassed(TASK_REVIEW);
		assertThat(register.version(walk.version(pi)).status()).isEqualTo(RegisterVersion.WITHDRAWN);
		assertThat(register.current().orElseThrow().version()).isEqualTo(before.version());
	}

	@Test
	@Verifies("URS-16")
	void aNewApprovedVersionSupersedesThePreviousWhichStaysReadable() {
		RegisterVersion first = walk.approved("21-CFR-11");
		ProcessInstance pi = walk.startRevision();
		RegisterVersion draft = register.version(walk.version(pi));
		assertThat(draft.entries()).as("a revision starts from the approved content")
			.extracting(ApplicableFramework::frameworkId)
			.containsExactlyElementsOf(first.entries().stream().map(ApplicableFramework::frameworkId).toList());
		walk.entry(pi, "ISO-13485", true);
		walk.submit(pi);
		walk.reviewAndApprove(pi);
		walk.release(pi);

		assertThat(register.current().orElseThrow().version()).isEqualTo(draft.version());
		RegisterVersion superseded = register.version(first.version());
		assertThat(superseded.status()).isEqualTo(RegisterVersion.SUPERSEDED);
		assertThat(superseded.entries()).isEqualTo(first.entries());
		assertThat(superseded.signatureIds()).isEqualTo(first.signatureIds());
		assertThat(register.applicableFrameworkIds()).contains("21-CFR-11", "ISO-13485");
	}

	@Test
	@Verifies("URS-16")
	void aChangeAfterApprovalNeedsAReasonSoNothingStartsWithoutOne() {
		walk.approved("21-CFR-11");
		long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();

		assertThatThrownBy(() -> walk.start(null, null)).isInstanceOf(DomainException.class)
			.hasMessageContaining("needs a reason");
		assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
	}

	@Test
	void anotherReviewCannotStartWhileAVersionIsOpen() {
		ProcessInstance open = walk.startRevision();
		assertThatThrownBy(() -> walk.start(null, "second")).isInstanceOf(DomainException.class)
			.hasMessageContaining("still DRAFT");
		assertThat(open).isWaitingAt(TASK_PROPOSE);
	}

	@Test
	@Verifies("URS-15")
	void intakeDocumentCitationsBecomeProposedEntries() {
		// IEC 81001-5-1 is in no approved version of these tests: its entry is the
		// proposal; a cited framework the approved register lists keeps the approved
		// entry
		byte[] docx = SampleFiles.docx("Cyber guidance", "Sponsors shall follow 21 CFR Part 11 for records and "
				+ "IEC 81001-5-1 for the security of health software.");
		String documentId = documents
			.upload(new NewDocument("guidance.docx", docx, null, DocumentKind.GUIDANCE, null), RegisterWalk.QM)
			.id();
		List<ApplicableFramework> approvedBefore = register.current().map(RegisterVersion::entries).orElse(List.of());

		ProcessInstance pi = walk.start(documentId, "intake of the cyber guidance");

		RegisterVersion draft = register.version(walk.version(pi));
		assertThat(draft.entries()).extracting(ApplicableFramework::frameworkId).contains("21-CFR-11", "IEC-81001-5-1");
		assertThat(draft.entries()).containsAll(approvedBefore);
		assertThat(draft.entries()).filteredOn(e -> e.frameworkId().equals("IEC-81001-5-1"))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.applicable()).isTrue();
				assertThat(e.rationale()).contains(documentId).contains("security of health software");
				assertThat(e.responsible()).isEqualTo("QUALITY_MANAGER");
				assertThat(e.accountable()).isEqualTo("Compliance officer");
				assertThat(e.consulted()).isEqualTo("IT_SECURITY");
			});
	}

	@Test
	void anEmptyRegisterCannotBeSubmitted() {
		ProcessInstance pi = walk.start(null, "from scratch");
		int version = walk.version(pi);
		for (ApplicableFramework e : register.version(version).entries()) {
			register.removeEntry(version, e.frameworkId(), RegisterWalk.QM, "start from scratch");
		}
		assertThatThrownBy(() -> walk.submit(pi)).hasMessageContaining("lists no framework");
		assertThat(pi).isWaitingAt(TASK_PROPOSE);
		assertThat(register.version(version).status()).isEqualTo(RegisterVersion.DRAFT);
	}

	@Test
	@Verifies("CHK-15")
	void theProposerCannotReviewTheirOwnRegister() {
		ProcessInstance pi = walk.startRevision();
		walk.entry(pi, "21-CFR-11", true);
		walk.submit(pi);
		assertThatThrownBy(
				() -> walk.sign(RegisterWalk.QM, pi, TASK_REVIEW, Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED)))
			.isInstanceOf(SignatureException.class)
			.hasMessageContaining("segregation of duties");
		assertThat(pi).isWaitingAt(TASK_REVIEW);
	}

	@Test
	@Verifies("URS-16")
	void aVersionInReviewIsNotEditable() {
		ProcessInstance pi = walk.startRevision();
		walk.entry(pi, "21-CFR-11", true);
		walk.submit(pi);
		assertThatThrownBy(() -> walk.entry(pi, "ISO-14971", true)).isInstanceOf(DomainException.class)
			.hasMessageContaining("only a DRAFT version is edited");
	}

	@Test
	@Verifies({ "P11-70", "A11-14", "CHK-07" })
	void releaseRefusesWhileTheRegisterDiffersFromWhatWasSigned() {
		// P11-70: a row changed in SQL after the approval signature, before the release
		// job
		ProcessInstance pi = walk.startRevision();
		int version = walk.version(pi);
		walk.entry(pi, "21-CFR-11", true);
		walk.submit(pi);
		walk.reviewAndApprove(pi);
		jdbc.update("update gxp_register_entry set applicable = false where register_id = ? and version = ? "
				+ "and framework_id = '21-CFR-11'", ApplicabilityRegister.REGISTER_ID, version);

		assertThatThrownBy(() -> walk.release(pi)).hasMessageContaining("is not approved")
			.hasMessageContaining("recordChangedSinceSigning");
		assertThat(pi).as("the job waits with retries, then an incident").isWaitingAt(TASK_RELEASE);
		assertThat(register.version(version).status()).isEqualTo(RegisterVersion.IN_REVIEW);
		assertThat(signatures.forProcessInstance(pi.getId())).extracting(SignatureView::recordChangedSinceSigning)
			.containsOnly(true);

		jdbc.update("update gxp_register_entry set applicable = true where register_id = ? and version = ? "
				+ "and framework_id = '21-CFR-11'", ApplicabilityRegister.REGISTER_ID, version);
		walk.release(pi);
		assertThat(pi).as("with the signed content restored the release goes through")
			.isEnded()
			.hasPassed(END_APPROVED);
	}

	@Test
	void formsAreDeployedWithTheProcess() {
		var definition = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY)
			.latestVersion()
			.singleResult();
		assertThat(engine.getRepositoryService().getDeploymentResourceNames(definition.getDeploymentId())).contains(
				"processes/regulation-review.bpmn", "forms/regulation-review-start.form",
				"forms/regulation-register-proposal.form", "forms/regulation-register-review.form",
				"forms/regulation-register-approval.form");
	}

}
