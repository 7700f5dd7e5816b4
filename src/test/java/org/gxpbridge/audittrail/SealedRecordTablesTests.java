package org.gxpbridge.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.gxpbridge.audittrail.internal.RecordTables;
import org.gxpbridge.controls.AccessReviewModel;
import org.gxpbridge.controls.ControlledDocuments;
import org.gxpbridge.controls.DocumentApprovalModel;
import org.gxpbridge.controls.TrainingCurriculum;
import org.gxpbridge.controls.TrainingModel;
import org.gxpbridge.design.DesignItems;
import org.gxpbridge.design.DesignReview;
import org.gxpbridge.design.DesignReviews;
import org.gxpbridge.design.NewDesignItem;
import org.gxpbridge.gap.GapActions;
import org.gxpbridge.gap.GapAnalysisModel;
import org.gxpbridge.gap.GapAssessment;
import org.gxpbridge.gap.GapAssessments;
import org.gxpbridge.gap.GapWorksheet;
import org.gxpbridge.gap.RowAssessment;
import org.gxpbridge.gap.RowStatus;
import org.gxpbridge.improvement.ChangeRequests;
import org.gxpbridge.improvement.NewChangeRequest;
import org.gxpbridge.monitoring.AuditTrailReviewModel;
import org.gxpbridge.monitoring.ReviewedRecordType;
import org.gxpbridge.regulation.ApplicabilityRegister;
import org.gxpbridge.regulation.RegisterVersion;
import org.gxpbridge.regulationreview.RegisterWalk;
import org.gxpbridge.risk.RiskRegister;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.IdentityVerification;
import org.gxpbridge.security.IdentityVerificationMethod;
import org.gxpbridge.security.IdentityVerifications;
import org.gxpbridge.security.IntegrationClients;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.RegisteredClient;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.SealedRecordTable;
import org.gxpbridge.shared.SealedRecordTables;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * P11-10a / CHK-04 for the lifecycle records: each module declares its record tables
 * ({@link SealedRecordTable}), the ledger seals every row the module writes with the
 * entry of its event, and an UPDATE in SQL behind the server's back is reported with
 * table, row and entry. Each record is made through its module's API or process, as users
 * make it. Every test puts the database back: all server tests share one.
 */
@GxpServerTest
class SealedRecordTablesTests {

	@Autowired
	IntegrationClients clients;

	@Autowired
	ApplicationContext context;

	@Autowired
	RecordTables recordTables;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	ControlledDocuments register;

	@Autowired
	TrainingCurriculum curriculum;

	@Autowired
	Accounts accounts;

	@Autowired
	IdentityVerifications identities;

	LedgerProbe probe;

	@BeforeEach
	void probe() {
		probe = new LedgerProbe(ledger, jdbc);
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void sealsExactlyTheTablesTheLoadedModulesDeclare() {
		Set<String> declared = Set.copyOf(context.getBeansOfType(SealedRecordTables.class)
			.values()
			.stream()
			.flatMap(m -> m.sealedTables().stream())
			.map(SealedRecordTable::name)
			.toList());
		assertThat(recordTables.names()).as("what the ledger seals is what the modules declare").isEqualTo(declared);
		assertThat(declared).containsExactlyInAnyOrder("gxp_user", "gxp_signature", "gxp_document",
				"gxp_document_attachment", "gxp_controlled_document", "gxp_document_draft", "gxp_training_curriculum",
				"gxp_training_record", "gxp_access_review", "gxp_risk_register", "gxp_risk", "gxp_risk_snapshot",
				"gxp_capa", "gxp_audit_area", "gxp_audit", "gxp_audit_trail_review", "gxp_gap_assessment",
				"gxp_gap_assessment_row", "gxp_gap_action", "gxp_register_version", "gxp_control_implementation",
				"gxp_audit_legal_hold", "gxp_management_review", "gxp_programme", "gxp_design_item",
				"gxp_design_review", "gxp_change_request", "gxp_identity_verification", "gxp_integration_client",
				"gxp_restore_test");
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void detectsControlledDocumentDraftAndSupersededRegisterRowsAlteredBehindTheServersBack() {
		String number = "SOP-SEAL-" + UUID.randomUUID().toString().substring(0, 6);
		register.makeEffective(number, "1", "Sealed register probe", "owner", "pi-" + number);
		register.makeEffective(number, "2", "Sealed register probe", "owner", "pi-" + number + "-2");
		String draft = workflow
			.start(DocumentApprovalModel.PROCESS_KEY, number + "-3",
					Map.of("documentTitle", "Sealed draft probe", "changeSummary", "third version"), "owner")
			.processInstanceId();
		probe.sealedAndIntact();

		probe.alteredIsReported("gxp_controlled_document", number + "/1",
				"update gxp_controlled_document set status_reason = 'forged' where document_number = ? and version = '1'",
				"update gxp_controlled_document set status_reason = 'superseded by version 2' "
						+ "where document_number = ? and version = '1'",
				number);
		probe.alteredIsReported("gxp_controlled_document", number + "/2",
				"update gxp_controlled_document set file_sha256 = 'ab' where document_number = ? and version = '2'",
				"update gxp_controlled_document set file_sha256 = null where document_number = ? and version = '2'",
				number);
		probe.alteredIsReported("gxp_document_draft", draft,
				"update gxp_document_draft set title = 'Forged title' where process_instance_id = ?",
				"update gxp_document_draft set title = 'Sealed draft probe' where process_instance_id = ?", draft);
		engine.getRuntimeService().deleteProcessInstance(draft, "test clean-up");
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void detectsTrainingRecordsAndCurriculumAlteredAndAcceptsAnEntryRemovedThroughTheModule() {
		String number = "SOP-SEALT-" + UUID.randomUUID().toString().substring(0, 6);
		register.makeEffective(number, "1.0", "Training seal probe", "owner", "pi-" + number);
		curriculum.add(Role.REVIEWER, number, "qm", "reviewers apply it");
		String training = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(TrainingModel.PROCESS_KEY)
			.processInstanceBusinessKey(number + "/1.0")
			.singleResult()
			.getId();
		runMessageJobs(training);
		probe.sealedAndIntact();

		probe.alteredIsReported("gxp_training_record", "reviewer/" + number + "/1.0",
				"update gxp_training_record set acknowledged_at = due_at where user_id = 'reviewer' and document_number = ?",
				"update gxp_training_record set acknowledged_at = null where user_id = 'reviewer' and document_number = ?",
				number);
		String entry = Role.REVIEWER.name() + "/" + number;
		probe.alteredIsReported("gxp_training_curriculum", entry,
				"update gxp_training_curriculum set added_by = 'mallory' where document_number = ?",
				"update gxp_training_curriculum set added_by = 'qm' where document_number = ?", number);

		Map<String, Object> row = probe.rows("select * from gxp_training_curriculum where document_number = ?", number)
			.get(0);
		curriculum.remove(Role.REVIEWER, number, "qm", "no longer applies to reviewers");
		probe.sealedAndIntact();
		// put back by a DBA after the audited removal: not the record the ledger holds
		probe.insert("gxp_training_curriculum", row);
		try {
			assertThat(ledger.verify().problems()).anySatisfy(p -> assertThat(p)
				.contains("gxp_training_curriculum row " + entry + " differs from ledger entry seq"));
		}
		finally {
			jdbc.update("delete from gxp_training_curriculum where document_number = ?", number);
		}
		probe.intact();
		engine.getRuntimeService().deleteProcessInstance(training, "test clean-up");
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void detectsAccessReviewAndItsLinesAlteredBehindTheServersBack() {
		String pi = workflow.start(AccessReviewModel.PROCESS_KEY, null, Map.of(), "itsec").processInstanceId();
		runMessageJobs(pi);
		String review = jdbc.queryForObject("select review_id from gxp_access_review where process_instance_id = ?",
				String.class, pi);
		probe.sealedAndIntact();

		probe.alteredIsReported("gxp_access_review", review,
				"update gxp_access_review set unused_days = unused_days + 1000 where review_id = ?",
				"update gxp_access_review set unused_days = unused_days - 1000 where review_id = ?", review);
		probe.alteredIsReported("gxp_access_review", review,
				"update gxp_access_review_line set decision = 'CONFIRMED' where review_id = ? and user_id = 'approver'",
				"update gxp_access_review_line set decision = null where review_id = ? and user_id = 'approver'",
				review);
		engine.getRuntimeService().deleteProcessInstance(pi, "test clean-up");
	}

	@Test
	@Verifies({ "P11-10a", "P11-70", "CHK-01", "CHK-04", "URS-29" })
	void detectsDesignItemsWithTheirInputsAndReviewsAlteredBehindTheServersBack(@Autowired DesignItems items,
			@Autowired DesignReviews reviews, @Autowired RiskRegister risks) {
		String register = risks.open("Sealed design risks", "itsec", null).id();
		String item = items.create(new NewDesignItem("Sealed pump", "1.0", register, List.of("owner")), "qm").id();
		items.addRequirement(item, "REQ-1", "Only signed firmware", "SECURITY", "owner", null);
		DesignReview review = reviews.start(item, null, "qm");
		probe.sealedAndIntact();

		probe.alteredIsReported("gxp_design_item", item, "update gxp_design_item set item_version = '9.9' where id = ?",
				"update gxp_design_item set item_version = '1.0' where id = ?", item);
		probe.alteredIsReported("gxp_design_item", item,
				"update gxp_design_requirement set requirement_text = 'any firmware' where item_id = ?",
				"update gxp_design_requirement set requirement_text = 'Only signed firmware' where item_id = ?", item);
		probe.alteredIsReported("gxp_design_review", review.id(),
				"update gxp_design_review set started_by = 'owner' where id = ?",
				"update gxp_design_review set started_by = 'qm' where id = ?", review.id());
		engine.getRuntimeService().deleteProcessInstance(review.processInstanceId(), "test clean-up");
	}

	@Test
	void detectsChangeRequestsAndTheirRiskAndDocumentRowsAlteredBehindTheServersBack(@Autowired ChangeRequests changes,
			@Autowired ControlledDocuments documents) {
		String number = "SOP-CHG-" + UUID.randomUUID().toString().substring(0, 6);
		documents.makeEffective(number, "1", "Change probe SOP", "owner", "pi-" + number);
		String id = changes
			.start(new NewChangeRequest("CONFIGURATION", "Sealed change probe " + UUID.randomUUID(), "probe", "probe",
					List.of(), List.of(number), null), null, "owner")
			.id();
		probe.sealedAndIntact();

		probe.alteredIsReported("gxp_change_request", id,
				"update gxp_change_request set approved_sha256 = 'ab' where id = ?",
				"update gxp_change_request set approved_sha256 = null where id = ?", id);
		probe.alteredIsReported("gxp_change_request", id,
				"update gxp_change_document set version_at_request = '0' where change_id = ?",
				"update gxp_change_document set version_at_request = '1' where change_id = ?", id);
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void detectsAuditTrailReviewAlteredBehindTheServersBack() {
		String pi = engine.getRuntimeService()
			.startProcessInstanceByMessage(AuditTrailReviewModel.MESSAGE_REVIEW_REQUESTED,
					Map.of(AuditTrailReviewModel.VAR_RECORD_TYPE, ReviewedRecordType.RECORDS.name()))
			.getId();
		runMessageJobs(pi);
		String review = jdbc.queryForObject(
				"select review_id from gxp_audit_trail_review where process_instance_id = ?", String.class, pi);
		probe.sealedAndIntact();

		// a shorter range hides entries from every later review
		probe.alteredIsReported("gxp_audit_trail_review", review,
				"update gxp_audit_trail_review set to_seq = to_seq - 1 where review_id = ?",
				"update gxp_audit_trail_review set to_seq = to_seq + 1 where review_id = ?", review);
		if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count() > 0) {
			engine.getRuntimeService().deleteProcessInstance(pi, "test clean-up");
		}
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void detectsGapAssessmentRowsAndActionsAlteredBehindTheServersBack(@Autowired GapAssessments assessments,
			@Autowired GapWorksheet worksheet, @Autowired GapActions actions) {
		String pi = workflow
			.start(GapAnalysisModel.PROCESS_KEY, null,
					Map.of(GapAnalysisModel.VAR_TITLE, "Gap seal probe", GapAnalysisModel.VAR_FRAMEWORK_IDS,
							"21-CFR-11"),
					"owner")
			.processInstanceId();
		GapAssessment a = assessments.forProcessInstance(pi).orElseThrow();
		String requirement = worksheet.rows(a.id(), a.version(), "21-CFR-11", null).get(0).requirementId();
		worksheet.assess(a.id(),
				new RowAssessment("21-CFR-11", requirement, RowStatus.GAP, "no procedure yet", List.of()), "itsec",
				null);
		String action = actions.propose(a.id(), a.version(), "21-CFR-11", requirement, "HIGH", 30, "write the SOP")
			.orElseThrow()
			.id();
		probe.sealedAndIntact();

		probe.alteredIsReported("gxp_gap_assessment", a.id() + "/1",
				"update gxp_gap_assessment set framework_ids = 'ISO-IEC-27001' where id = ?",
				"update gxp_gap_assessment set framework_ids = '21-CFR-11' where id = ?", a.id());
		probe.alteredIsReported("gxp_gap_assessment_row", a.id() + "/1/21-CFR-11/" + requirement,
				"update gxp_gap_assessment_row set status = 'MET' where assessment_id = ?",
				"update gxp_gap_assessment_row set status = 'GAP' where assessment_id = ?", a.id());
		probe.alteredIsReported("gxp_gap_action", action, "update gxp_gap_action set priority = 'LOW' where id = ?",
				"update gxp_gap_action set priority = 'HIGH' where id = ?", action);
		engine.getRuntimeService().deleteProcessInstance(pi, "test clean-up");
	}

	@Test
	@Verifies({ "P11-10a", "CHK-04" })
	void detectsApplicabilityRegisterEntriesAndApprovalSignaturesAlteredBehindTheServersBack(
			@Autowired Signatures signatures, @Autowired ApplicabilityRegister applicability) {
		// several engines live in the JVM (module tests): the assertions need to know
		// ours
		BpmnAwareTests.init(engine);
		RegisterWalk walk = new RegisterWalk(engine, workflow, signatures, applicability);
		walk.closeOpenVersions();
		RegisterVersion approved = walk.approved("21-CFR-11");
		String version = approved.registerId() + "/v" + approved.version();
		probe.sealedAndIntact();

		probe.alteredIsReported("gxp_register_version", version,
				"update gxp_register_version set reason = 'forged' where register_id = ? and version = ?",
				"update gxp_register_version set reason = " + quoted(approvedReason(approved))
						+ " where register_id = ? and version = ?",
				approved.registerId(), approved.version());
		probe.alteredIsReported("gxp_register_version", version,
				// one entry only: the version also carries entries of earlier versions,
				// some
				// of them not applicable
				"update gxp_register_entry set applicable = false where register_id = ? and version = ? "
						+ "and framework_id = '21-CFR-11'",
				"update gxp_register_entry set applicable = true where register_id = ? and version = ? "
						+ "and framework_id = '21-CFR-11'",
				approved.registerId(), approved.version());
		String signature = approved.signatureIds().get(0);
		probe.alteredIsReported("gxp_register_version", version,
				"update gxp_register_signature set signature_id = 'forged' where register_id = ? and version = ? "
						+ "and position = 0",
				"update gxp_register_signature set signature_id = " + quoted(signature)
						+ " where register_id = ? and version = ? and position = 0",
				approved.registerId(), approved.version());
	}

	@Test
	@Verifies({ "P11-100b", "CHK-14" })
	void detectsAnIdentityVerificationAlteredBehindTheServersBack() {
		// CHK-14: the evidence that a signer's identity was verified is itself a record
		String id = "idv-" + UUID.randomUUID().toString().substring(0, 6);
		accounts.create(new NewAccount(id, "Ida Verified", id + "@example.test", Set.of(Role.REVIEWER),
				"Initial-Pass-2026!", null), "admin");
		IdentityVerification v = identities.verify(id, IdentityVerificationMethod.PASSPORT,
				"passport, last 4 digits 1234", null, "qm");
		probe.sealedAndIntact();

		probe.alteredIsReported("gxp_identity_verification", v.verificationId(),
				"update gxp_identity_verification set verified_by = 'admin' where verification_id = ?",
				"update gxp_identity_verification set verified_by = 'qm' where verification_id = ?",
				v.verificationId());
	}

	@Test
	void detectsAnIntegrationClientAlteredBehindTheServersBack() {
		// CHK-13, CHK-23: who may call the API, with which roles and until when, is a
		// record too; a role added in SQL is reported
		RegisteredClient registered = clients.register("sealed-" + UUID.randomUUID().toString().substring(0, 6),
				"owner", Set.of(Role.AUDITOR), null, "admin");
		String id = registered.client().clientId();
		probe.sealedAndIntact();

		probe.alteredIsReported("gxp_integration_client", id,
				"update gxp_integration_client set roles = 'AUDITOR,QUALITY_MANAGER' where client_id = ?",
				"update gxp_integration_client set roles = 'AUDITOR' where client_id = ?", id);
	}

	private String approvedReason(RegisterVersion v) {
		return jdbc.queryForObject("select reason from gxp_register_version where register_id = ? and version = ?",
				String.class, v.registerId(), v.version());
	}

	private static String quoted(String value) {
		return value == null ? "null" : "'" + value.replace("'", "''") + "'";
	}

	/**
	 * Runs the instance's asynchronous steps (not its timers), as the job executor would.
	 */
	private void runMessageJobs(String processInstanceId) {
		ManagementService management = engine.getManagementService();
		management.createJobQuery()
			.processInstanceId(processInstanceId)
			.messages()
			.list()
			.forEach(j -> management.executeJob(j.getId()));
	}

}
