package org.gxpbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gxpbridge.controls.AccessReviewModel;
import org.gxpbridge.controls.ControlImplementationModel;
import org.gxpbridge.documents.DocumentClient;
import org.gxpbridge.gap.GapAnalysisModel;
import org.gxpbridge.improvement.ManagementReviewInput;
import org.gxpbridge.improvement.ManagementReviewModel;
import org.gxpbridge.regulationreview.RegulationReviewModel;
import org.gxpbridge.risk.RiskAssessmentModel;
import org.gxpbridge.signature.OpenSsl;
import org.gxpbridge.support.Browser;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.PostgresServer;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 11: the first half of the lifecycle walked over HTTP on the production database
 * (embedded PostgreSQL, postgres profile, people opened by the initial administrator, job
 * executor on), the way a quality team works it: step 1 regulation review from an intake
 * document to a signed applicability register, step 2 gap analysis of a framework the
 * register found applicable to an approved report whose actions are tracked, step 3 risk
 * assessment to a signed, released risk register. Every signature verifies with openssl
 * and covers the module's record: a register row changed in SQL behind the server's back
 * shows the signature as changed (P11-70, CHK-07). Last, the quality manager reads the
 * gap worksheet, the gap report and the risk register in chromium (screenshots in
 * target/screenshots/lifecycle-*.png).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Verifies("URS-30")
class LifecycleWalkIT {

	private static final String PASSWORD = "Lifecycle-Walk-2026!";

	static ConfigurableApplicationContext server;

	static int port;

	/** JDBC URL of this walk's database. */
	static String database;

	static String registerApprovalSignature;

	static String gapAssessmentId;

	static String gapRequirement;

	static String riskRegisterId;

	static final String PROGRAMME_TITLE = "Annex 11 readiness";

	static String programmeId;

	static String designItemId;

	static String vulnerabilityId;

	@BeforeAll
	static void start() {
		System.setProperty("server.port", "0");
		database = PostgresServer.newDatabase("gxp_lifecycle");
		// a programme cycle of an hour: the walk moves the engine clock past it, and past
		// no other timer
		server = PostgresServer.start(database, Map.of("GXP_CA_KEY_PASSWORD", "it-ca-key-password-2026",
				"gxp.lifecycle.cycle", "PT1H", "camunda.bpm.job-execution.max-wait", "3000"));
		port = PostgresServer.port(server);
		Http admin = Http.as(port, PostgresServer.ADMIN_USER, PostgresServer.ADMIN_PASSWORD);
		person(admin, "qquality", "Quinn Quality", "QUALITY_MANAGER");
		person(admin, "rreviewer", "Rita Reviewer", "REVIEWER");
		person(admin, "bapprover", "Ben Approver", "APPROVER");
		person(admin, "oowner", "Olga Owner", "PROCESS_OWNER");
		person(admin, "iitsec", "Ivan Security", "IT_SECURITY");
	}

	@AfterAll
	static void stop() {
		System.clearProperty("server.port");
		if (server != null) {
			server.close();
		}
	}

	private static void person(Http admin, String id, String name, String role) {
		String initial = "Initial-Pass-2026!";
		assertThat(admin
			.post("/api/admin/users", Map.of("userId", id, "fullName", name, "email", id + "@example.com", "roles",
					List.of(role), "initialPassword", initial))
			.status()).isEqualTo(201);
		// 11.100(b): a signer's identity is verified before they sign
		assertThat(admin
			.post("/api/admin/users/" + id + "/identity-verification",
					Map.of("method", "HR_RECORD", "reference", "HR file of " + id))
			.status()).isEqualTo(201);
		assertThat(Http.as(port, id, initial)
			.post("/api/account/password", Map.of("currentPassword", initial, "newPassword", PASSWORD))
			.status()).isEqualTo(200);
	}

	@Test
	@Order(1)
	void stepOneTurnsAnIntakeDocumentIntoASignedApplicabilityRegister() throws Exception {
		Http qm = as("qquality");
		DocumentClient.Reply upload = new DocumentClient(port, "qquality", PASSWORD).upload("intake-guidance.txt",
				("Our quality system must meet 21 CFR Part 11 for electronic records and signatures, "
						+ "and our information security follows ISO/IEC 27001:2022 Annex A.")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(upload.status()).as(upload.text()).isEqualTo(201);
		String documentId = upload.json().get("id").asText();
		JsonNode proposals = qm.get("/api/regulations/proposals?documentId=" + documentId).json();
		assertThat(proposals.findValuesAsText("frameworkId")).contains("21-CFR-11", "ISO-IEC-27001");

		Http.Response programme = qm.post("/api/programmes",
				Map.of("title", PROGRAMME_TITLE, "scope", "EU batch release site, infusion pump controller 2.x",
						"frameworkIds", "EU-GMP-ANNEX-11", "intakeDocumentId", documentId));
		assertThat(programme.status()).as(programme.body()).isEqualTo(201);
		programmeId = programme.json().get("id").asText();
		assertThat(as("oowner").post("/api/programmes", Map.of("title", "not mine to start")).status())
			.as("only a quality manager starts a programme")
			.isEqualTo(403);
		String pi = stepInstance(1, 0);
		assertThat(qm.get("/engine-rest/process-instance/" + pi).json().get("businessKey").asText())
			.as("step 1 runs under the programme id")
			.isEqualTo(programmeId);
		String propose = waitForTask("qquality", pi, RegulationReviewModel.TASK_PROPOSE);
		assertThat(qm.post("/engine-rest/task/" + propose + "/claim", Map.of("userId", "qquality")).status())
			.isEqualTo(204);
		int version = qm.get("/api/regulations/register").json().get("versions").get(0).get("version").asInt();
		Http.Response entry = qm.put("/api/regulations/register/versions/" + version + "/entries/EU-GMP-ANNEX-11",
				Map.of("applicable", true, "rationale", "EU batch release of our products", "responsible",
						"QUALITY_MANAGER", "accountable", "Head of Quality", "consulted", "IT_SECURITY", "informed",
						"PROCESS_OWNER"));
		assertThat(entry.status()).as(entry.body()).isEqualTo(200);
		assertThat(qm
			.post("/engine-rest/task/" + propose + "/complete", Map.of("variables",
					Http.vars(RegulationReviewModel.VAR_PROPOSAL_OUTCOME, RegulationReviewModel.PROPOSAL_SUBMITTED)))
			.status()).isEqualTo(204);

		String review = waitForTask("rreviewer", pi, RegulationReviewModel.TASK_REVIEW);
		assertThat(sign("rreviewer", review, "REVIEWED",
				Map.of(RegulationReviewModel.VAR_REVIEW_OUTCOME, RegulationReviewModel.REVIEW_ACCEPTED))
			.status()).isEqualTo(200);
		String approve = waitForTask("bapprover", pi, RegulationReviewModel.TASK_APPROVE);
		Http.Response approved = sign("bapprover", approve, "APPROVED",
				Map.of(RegulationReviewModel.VAR_APPROVAL_OUTCOME, RegulationReviewModel.APPROVAL_APPROVED));
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		registerApprovalSignature = approved.json().get("signatureId").asText();

		awaitTrue(
				() -> !qm.get("/api/regulations/register").json().path("current").isNull()
						&& !qm.get("/api/regulations/register").json().path("current").isMissingNode(),
				"the approved register released by its job");
		JsonNode current = qm.get("/api/regulations/register").json().get("current");
		assertThat(current.get("status").asText()).isEqualTo("APPROVED");
		assertThat(current.findValuesAsText("frameworkId")).contains("21-CFR-11", "ISO-IEC-27001", "EU-GMP-ANNEX-11");

		JsonNode signature = qm.get("/api/signatures/" + registerApprovalSignature).json();
		assertThat(signature.get("valid").asBoolean()).as(signature.toString()).isTrue();
		assertThat(signature.get("recordChangedSinceSigning").asBoolean()).isFalse();
		byte[] content = bytes("/api/signatures/" + registerApprovalSignature + "/content");
		assertThat(new String(content, StandardCharsets.UTF_8)).as("the signed bytes carry the register itself")
			.contains("EU batch release of our products")
			.contains("moduleRecord");
		assumeTrue(OpenSsl.present(), "openssl is not installed");
		OpenSsl.Result verified = OpenSsl.verify(qm.get("/api/pki/ca.pem").body(),
				bytes("/api/signatures/" + registerApprovalSignature + "/cms"), content);
		assertThat(verified.exitCode()).as(verified.output()).isZero();
	}

	@Test
	@Order(2)
	void aRegisterRowChangedInSqlShowsItsSignatureAsChanged() throws Exception {
		assumeTrue(registerApprovalSignature != null, "step 1 signed the register");
		try (Connection db = DriverManager.getConnection(database, PostgresServer.OWNER_ROLE,
				PostgresServer.ROLE_PASSWORD);
				PreparedStatement update = db
					.prepareStatement("update gxp_register_entry set rationale = 'edited behind the server''s back' "
							+ "where framework_id = 'EU-GMP-ANNEX-11'")) {
			assertThat(update.executeUpdate()).isPositive();
		}
		JsonNode signature = as("bapprover").get("/api/signatures/" + registerApprovalSignature).json();
		assertThat(signature.get("recordChangedSinceSigning").asBoolean()).as(signature.toString()).isTrue();
	}

	@Test
	@Order(3)
	void stepTwoAssessesAnApplicableFrameworkAndTracksTheApprovedActions() {
		Http qm = as("qquality");
		assertThat(qm.get("/api/regulations/register").json().path("current").findValuesAsText("frameworkId"))
			.as("step 2 assesses what step 1 found applicable")
			.contains("EU-GMP-ANNEX-11");
		// the programme calls step 2 when step 1's release job ends it
		String pi = stepInstance(2, 0);
		String assessmentId = null;
		for (JsonNode a : qm.get("/api/gap/assessments").json()) {
			if (pi.equals(a.path("processInstanceId").asText())) {
				assessmentId = a.get("id").asText();
			}
		}
		assertThat(assessmentId).as("the assessment bound to the process instance").isNotNull();
		String assess = waitForTask("oowner", pi, GapAnalysisModel.TASK_ASSESS);
		Http owner = as("oowner");
		assertThat(owner.post("/engine-rest/task/" + assess + "/claim", Map.of("userId", "oowner")).status())
			.isEqualTo(204);
		JsonNode rows = owner.get("/api/gap/assessments/" + assessmentId + "?framework=EU-GMP-ANNEX-11")
			.json()
			.get("rows");
		assertThat(rows.size()).isGreaterThan(5);
		gapRequirement = rows.get(0).get("requirementId").asText();
		for (int i = 0; i < rows.size(); i++) {
			String status = i == 0 ? "GAP" : i == 1 ? "PARTIAL" : "MET";
			Http.Response assessed = owner.post("/api/gap/assessments/" + assessmentId + "/rows",
					Map.of("frameworkId", "EU-GMP-ANNEX-11", "requirementId", rows.get(i).get("requirementId").asText(),
							"status", status, "justification", "walk: " + status));
			assertThat(assessed.status()).as(assessed.body()).isEqualTo(200);
		}
		assertThat(owner.post("/engine-rest/task/" + assess + "/complete", Map.of()).status()).isEqualTo(204);

		String plan = waitForTask("qquality", pi, GapAnalysisModel.TASK_PLAN_ACTIONS);
		assertThat(qm.post("/engine-rest/task/" + plan + "/claim", Map.of("userId", "qquality")).status())
			.isEqualTo(204);
		JsonNode proposed = qm.get("/api/gap/assessments/" + assessmentId).json().get("actions");
		assertThat(proposed.size()).as("an action proposed for the GAP and the PARTIAL row").isEqualTo(2);
		for (JsonNode action : proposed) {
			assertThat(action.get("priority").asText()).isIn("HIGH", "MEDIUM", "LOW");
			Http.Response past = qm.put("/api/gap/actions/" + action.get("id").asText() + "/plan",
					Map.of("description", "close the gap", "ownerId", "oowner", "dueDate",
							LocalDate.now().minusDays(1).toString(), "declined", false));
			assertThat(past.status()).as("a due date in the past is refused").isEqualTo(400);
			Http.Response planned = qm.put("/api/gap/actions/" + action.get("id").asText() + "/plan",
					Map.of("description", "close the gap", "ownerId", "oowner", "dueDate",
							LocalDate.now().plusDays(30).toString(), "declined", false));
			assertThat(planned.status()).as(planned.body()).isEqualTo(200);
		}
		assertThat(qm.post("/engine-rest/task/" + plan + "/complete", Map.of()).status()).isEqualTo(204);

		String approve = waitForTask("bapprover", pi, GapAnalysisModel.TASK_APPROVE);
		Http.Response approved = sign("bapprover", approve, "APPROVED",
				Map.of(GapAnalysisModel.VAR_APPROVAL_OUTCOME, GapAnalysisModel.APPROVAL_APPROVED));
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		String id = assessmentId;
		gapAssessmentId = assessmentId;
		awaitTrue(
				() -> "APPROVED"
					.equals(qm.get("/api/gap/assessments/" + id).json().path("assessment").path("status").asText()),
				"the gap report approved and its actions tracked");
		JsonNode open = qm.get("/api/gap/actions").json();
		assertThat(open.findValuesAsText("assessmentId")).contains(assessmentId);
		assertThat(open.findValuesAsText("ownerId")).contains("oowner");
		JsonNode coverage = qm.get("/api/gap/assessments/" + id).json().get("coverage");
		assertThat(coverage.toString()).contains("EU-GMP-ANNEX-11");
		JsonNode signature = qm.get("/api/signatures/" + approved.json().get("signatureId").asText()).json();
		assertThat(signature.get("valid").asBoolean()).as(signature.toString()).isTrue();
		assertThat(signature.get("recordChangedSinceSigning").asBoolean()).isFalse();
	}

	@Test
	@Order(4)
	void stepThreeReleasesASignedRiskRegisterWithItsDecisions() {
		Http owner = as("oowner");
		// the programme starts step 3 when step 2's approval job ends it
		String pi = stepInstance(3, 0);
		complete("oowner", pi, RiskAssessmentModel.TASK_PLAN,
				Http.vars(RiskAssessmentModel.VAR_SCOPE, "Pump controller software 2.x",
						RiskAssessmentModel.VAR_INTENDED_USE, "Controls infusion rate in hospital wards",
						RiskAssessmentModel.VAR_CRITERIA_REF, "POL-RM-001 v3", RiskAssessmentModel.VAR_EU_MARKET,
						false));
		String registerId = owner.get("/api/risks/registers?processInstanceId=" + pi).json().get("id").asText();
		riskRegisterId = registerId;
		Http.Response added = owner.post("/api/risks/registers/" + registerId + "/risks",
				Map.of("kind", "SAFETY", "title", "Display unreadable", "hazard", "Glare", "hazardousSituation",
						"Nurse misreads rate", "harm", "Delay of therapy", "severity", 2, "probability", 2));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		Http.Response outOfRange = owner.post("/api/risks/registers/" + registerId + "/risks",
				Map.of("kind", "SAFETY", "title", "Out of range", "hazard", "x", "hazardousSituation", "y", "harm", "z",
						"severity", 2, "probability", 7));
		assertThat(outOfRange.status()).as("probability 7 of 5 is refused, not a silent no-match").isEqualTo(400);
		assertThat(outOfRange.body()).contains("probability");
		complete("oowner", pi, RiskAssessmentModel.TASK_IDENTIFY,
				Http.vars(RiskAssessmentModel.VAR_IDENTIFICATION_NOTE, "first analysis"));
		complete("oowner", pi, RiskAssessmentModel.TASK_CLASSIFY,
				Http.vars(RiskAssessmentModel.VAR_CAN_CONTRIBUTE, true,
						RiskAssessmentModel.VAR_UNACCEPTABLE_AFTER_EXTERNAL, true, RiskAssessmentModel.VAR_WORST_HARM,
						"serious injury"));
		complete("oowner", pi, RiskAssessmentModel.TASK_CONCLUDE, Http.vars(RiskAssessmentModel.VAR_BENEFIT_RISK,
				"Residual risks are outweighed by the clinical benefit of accurate dosing"));
		String approve = waitForTask("bapprover", pi, RiskAssessmentModel.TASK_APPROVE);
		Http.Response approved = sign("bapprover", approve, RiskAssessmentModel.RELEASE_MEANING,
				Map.of(RiskAssessmentModel.VAR_APPROVAL_OUTCOME, RiskAssessmentModel.APPROVAL_APPROVED));
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		awaitTrue(
				() -> "RELEASED".equals(owner.get("/api/risks/registers/" + registerId).json().path("status").asText()),
				"the risk register released by its job");
		JsonNode register = owner.get("/api/risks/registers/" + registerId).json();
		assertThat(register.path("softwareSafety").path("softwareSafetyClass").asText()).isEqualTo("C");
		JsonNode signature = owner.get("/api/signatures/" + approved.json().get("signatureId").asText()).json();
		assertThat(signature.get("valid").asBoolean()).as(signature.toString()).isTrue();
		assertThat(signature.get("recordChangedSinceSigning").asBoolean()).isFalse();
		assertThat(owner.get("/api/risks/registers/" + registerId + "/export?format=csv").body())
			.contains("Display unreadable");
	}

	@Test
	@Order(5)
	void stepFourImplementsAControlForEachApprovedGapActionUntilAllAreEffective() {
		Http qm = as("qquality");
		List<String> controls = new ArrayList<>();
		awaitTrue(() -> stepRecords(4).size() == 2, "one control implementation per open gap action");
		for (JsonNode r : stepRecords(4)) {
			controls.add(r.get("recordId").asText());
			String pi = r.get("processInstanceId").asText();
			JsonNode control = qm.get("/api/controls/implementations/" + r.get("recordId").asText()).json();
			assertThat(control.get("gapActionId").asText()).as("planned for a gap action of step 2").isNotBlank();
			assertThat(control.get("ownerId").asText()).isEqualTo("oowner");
			DocumentClient.Reply evidence = new DocumentClient(port, "oowner", PASSWORD).upload("sop-it-007.txt",
					("SOP-IT-007 Audit trail review of the batch record system, effective " + LocalDate.now())
						.getBytes(StandardCharsets.UTF_8));
			assertThat(evidence.status()).as(evidence.text()).isEqualTo(201);
			Http.Response linked = as("oowner").put(
					"/api/controls/implementations/" + r.get("recordId").asText() + "/implementation",
					Map.of("evidenceDocumentIds", List.of(evidence.json().get("id").asText())));
			assertThat(linked.status()).as(linked.body()).isEqualTo(200);
			complete("oowner", pi, ControlImplementationModel.TASK_IMPLEMENT,
					Http.vars(ControlImplementationModel.VAR_IMPLEMENTATION, "SOP-IT-007 and its system settings"));
			complete("qquality", pi, ControlImplementationModel.TASK_VERIFY,
					Http.vars(ControlImplementationModel.VAR_VERIFICATION_PASSED, true,
							ControlImplementationModel.VAR_VERIFICATION_COMMENT, "tested in the validation system"));
			Http.Response approved = sign("bapprover",
					waitForTask("bapprover", pi, ControlImplementationModel.TASK_APPROVE), "APPROVED", Map.of());
			assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		}
		for (String id : controls) {
			awaitTrue(
					() -> "EFFECTIVE"
						.equals(qm.get("/api/controls/implementations/" + id).json().path("status").asText()),
					id + " effective");
		}
		awaitTrue(() -> "DONE".equals(step(4).get("state").asText()), "step 4 done once every control is effective");
		assertThat(qm.get("/api/gap/actions").json().findValuesAsText("assessmentId"))
			.as("the effective controls closed the gap actions")
			.doesNotContain(gapAssessmentId);
	}

	@Test
	@Order(6)
	void stepFiveReviewsWhoHoldsWhichRoleAndSignsTheReview() {
		String pi = stepInstance(5, 0);
		Http qm = as("qquality");
		awaitTrue(() -> !qm
			.get("/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey="
					+ AccessReviewModel.TASK_REVIEW_ROLE)
			.json()
			.isEmpty(), "the role reviews open");
		for (JsonNode t : qm
			.get("/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey="
					+ AccessReviewModel.TASK_REVIEW_ROLE)
			.json()) {
			claimAndComplete("qquality", t.get("id").asText(),
					Http.vars(AccessReviewModel.VAR_REMOVE_MEMBERS, "", AccessReviewModel.VAR_REMOVAL_REASON, ""));
		}
		complete("bapprover", pi, AccessReviewModel.TASK_REVIEW_QUALITY_MANAGERS,
				Http.vars(AccessReviewModel.VAR_REMOVE_MEMBERS, "", AccessReviewModel.VAR_REMOVAL_REASON, ""));
		Http.Response approved = sign("qquality", waitForTask("qquality", pi, AccessReviewModel.TASK_APPROVE),
				"APPROVED", Map.of("approvalComment", "every membership confirmed"));
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		awaitTrue(() -> "DONE".equals(step(5).get("state").asText()), "step 5 done when the review is released");
	}

	@Test
	@Order(7)
	void stepSixHoldsTheManagementReviewAndTheNextCycleStartsByTimer() {
		String pi = stepInstance(6, 0);
		Http qm = as("qquality");
		Map<String, Object> minutes = new HashMap<>();
		minutes.put(ManagementReviewModel.VAR_ATTENDEES, "qquality\nbapprover\noowner");
		ManagementReviewInput.KEYS
			.forEach(k -> minutes.put(ManagementReviewModel.VAR_CONCLUSION_PREFIX + k, "Reviewed " + k + ": adequate"));
		minutes.put(ManagementReviewModel.VAR_DECISIONS, "QMS and ISMS remain suitable, adequate and effective");
		minutes.put(ManagementReviewModel.VAR_ACTIONS,
				"Train the site on SOP-IT-007 | oowner | " + LocalDate.now().plusDays(30));
		minutes.put(ManagementReviewModel.VAR_RESTART_DECIDED, false);
		Map<String, Object> variables = new HashMap<>();
		minutes.forEach((k, v) -> variables.putAll(Http.vars(k, v)));
		complete("qquality", pi, ManagementReviewModel.TASK_RECORD_MINUTES, variables);
		JsonNode review = qm.get("/api/management-reviews").json().get(0);
		assertThat(review.toString()).as("the meeting pack gathered from the steps before").contains("EU-GMP-ANNEX-11");
		Http.Response approved = sign("bapprover",
				waitForTask("bapprover", pi, ManagementReviewModel.TASK_APPROVE_MINUTES), "APPROVED", Map.of());
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		complete("oowner", pi, ManagementReviewModel.TASK_COMPLETE_ACTION,
				Http.vars(ManagementReviewModel.VAR_ACTION_OUTCOME, "site trained, records in the training matrix"));
		awaitTrue(() -> "DONE".equals(step(6).get("state").asText()), "step 6 done");
		JsonNode view = qm.get("/api/programmes/" + programmeId).json();
		assertThat(view.get("steps").findValuesAsText("state")).as(view.toString()).containsOnly("DONE");

		// the next cycle is due after gxp.lifecycle.cycle (PT1H here): move the engine
		// clock
		try {
			ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(61))));
			awaitTrue(() -> as("qquality").get("/api/programmes/" + programmeId)
				.json()
				.path("programme")
				.path("cycle")
				.asInt() == 2, "cycle 2 opened by the timer");
		}
		finally {
			ClockUtil.reset();
		}
		stepInstance(1, 0);
	}

	@Test
	@Order(8)
	void aRegulatoryChangeStartsTheProgrammeAgainAtStepOneWithItsReason() {
		Http qm = as("qquality");
		String before = stepInstance(1, 0);
		assertThat(qm.post("/api/programmes/" + programmeId + "/regulatory-change", Map.of("reason", " ")).status())
			.as("a restart without a reason is refused (reason required: 422, like every reason for change)")
			.isEqualTo(422);
		assertThat(as("oowner").post("/api/programmes/" + programmeId + "/regulatory-change", Map.of("reason", "mine"))
			.status()).isEqualTo(403);
		Http.Response changed = qm.post("/api/programmes/" + programmeId + "/regulatory-change",
				Map.of("reason", "EU GMP Annex 11 revision adopted"));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		awaitTrue(() -> qm.get("/api/programmes/" + programmeId).json().path("programme").path("cycle").asInt() == 3,
				"cycle 3 opened");
		assertThat(stepInstance(1, 0)).as("a new step 1 instance").isNotEqualTo(before);
		assertThat(qm.get("/engine-rest/history/process-instance/" + before).json().get("state").asText())
			.isIn("EXTERNALLY_TERMINATED", "INTERNALLY_TERMINATED");
		assertThat(qm.get("/api/regulations/register").json().toString()).as("its open draft withdrawn")
			.contains("WITHDRAWN");
	}

	@Test
	@Order(9)
	void theDesignTracesItsRequirementsAndTheDeviceSbomMeetsTheAdvisories() throws Exception {
		Http owner = as("oowner");
		Http.Response item = owner.post("/api/design/items", Map.of("name", "Infusion pump controller", "version",
				"2.1", "riskRegisterId", riskRegisterId, "designers", List.of("oowner")));
		assertThat(item.status()).as(item.body()).isEqualTo(201);
		designItemId = item.json().get("id").asText();
		String base = "/api/design/items/" + designItemId;
		assertThat(owner
			.post(base + "/requirements",
					Map.of("id", "REQ-1", "text", "Only signed firmware is installed", "type", "SECURITY"))
			.status()).isEqualTo(201);
		assertThat(owner.post(base + "/requirements",
				Map.of("id", "REQ-2", "text", "The infusion rate display is readable in daylight", "type", "USABILITY"))
			.status()).as("an unknown requirement type is refused; USABILITY is one").isEqualTo(201);
		Http.Response verification = owner.post(base + "/verifications",
				Map.of("id", "V-1", "method", "TEST", "result", "PASS", "description", "unsigned image refused",
						"requirementIds", List.of("REQ-1"), "riskControlIds", List.of()));
		assertThat(verification.status()).as(verification.body()).isEqualTo(201);
		String csv = as("qquality").get(base + "/trace?format=csv").body();
		assertThat(csv).as("the matrix lists REQ-2 as a requirement without verification").contains("REQ-1", "REQ-2");
		assertThat(as("qquality").get(base + "/trace?format=pdf").status()).isEqualTo(400);

		Http itsec = as("iitsec");
		Http.Response sbom = itsec.postRaw("/api/sboms", "multipart/form-data; boundary=" + BOUNDARY, multipart(
				resource("gxp-bridge-sbom.cdx.json"), "productName", "GxP Bridge", "productVersion", "0.1.0"));
		assertThat(sbom.status()).as(sbom.body()).isEqualTo(201);
		assertThat(sbom.json().get("components").asInt()).as("this project's own SBOM").isGreaterThan(100);
		String sbomId = sbom.json().get("id").asText();
		Http.Response matched = itsec.postRaw("/api/advisories", "multipart/form-data; boundary=" + BOUNDARY,
				multipart(resource("advisories.cdx.json"), "sbomId", sbomId));
		assertThat(matched.status()).as(matched.body()).isEqualTo(201);
		JsonNode received = matched.json().get("received");
		assertThat(received.size()).as("advisories matched to components of the SBOM").isPositive();
		vulnerabilityId = received.get(0).get("id").asText();
		assertThat(itsec.get("/api/vulnerabilities/" + vulnerabilityId + "/vex").body())
			.contains("\"vulnerabilities\"");
		assertThat(itsec
			.postRaw("/api/sboms", "multipart/form-data; boundary=" + BOUNDARY,
					multipart("{\"bomFormat\": \"CycloneDX\", \"components\": [", "productName", "truncated"))
			.status()).as("a truncated SBOM is refused").isEqualTo(400);
	}

	private static final String BOUNDARY = "gxpWalkBoundary";

	private static String resource(String name) throws Exception {
		try (var in = LifecycleWalkIT.class.getResourceAsStream("/vulnerability/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String multipart(String content, String... fields) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < fields.length; i += 2) {
			body.append("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
					+ fields[i + 1] + "\r\n");
		}
		body.append("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bom.json\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n");
		return body.toString();
	}

	@Test
	@Order(10)
	void aQualityManagerReadsTheGapWorksheetAndTheRiskRegisterInTheBrowser() {
		assumeTrue(Browser.available(), "chromium and chromedriver are installed");
		assertThat(gapAssessmentId).as("step 2 ran").isNotNull();
		assertThat(riskRegisterId).as("step 3 ran").isNotNull();
		try (Browser browser = new Browser(port)) {
			WebDriver d = browser.open("/login").driver();
			d.findElement(By.id("username")).sendKeys("qquality");
			d.findElement(By.id("password")).sendKeys(PASSWORD);
			d.findElement(By.id("sign-in")).click();
			new WebDriverWait(d, Duration.ofSeconds(15)).until(x -> !x.getCurrentUrl().contains("/login"));

			browser.open("/gap/assessments/" + gapAssessmentId);
			assertThat(d.findElement(By.id("title")).getText()).startsWith(PROGRAMME_TITLE + " (" + programmeId);
			assertThat(d.findElement(By.id("status")).getText()).isEqualTo("APPROVED");
			WebElement gapRow = d.findElement(By.id("row-" + gapRequirement));
			assertThat(gapRow.getAttribute("data-status")).as("the row assessed GAP in step 2").isEqualTo("GAP");
			assertThat(gapRow.getText()).contains("walk: GAP");
			assertThat(d.findElements(By.cssSelector("#rows tr[data-status]")).size()).isGreaterThan(5);
			browser.screenshot("lifecycle-gap-worksheet");

			d.findElement(By.id("report-link")).click();
			browser.awaitUrlContaining("/report");
			assertThat(d.getPageSource()).contains("EU-GMP-ANNEX-11");
			browser.screenshot("lifecycle-gap-report");

			browser.open("/risks/registers/" + riskRegisterId);
			assertThat(d.findElement(By.id("register-title")).getText())
				.startsWith(PROGRAMME_TITLE + " (" + programmeId);
			assertThat(d.findElement(By.id("register-status")).getText()).isEqualTo("RELEASED");
			assertThat(d.findElement(By.id("risks")).getText()).contains("Display unreadable");
			assertThat(d.findElements(By.cssSelector("table.heatmap"))).as("heat maps before and after controls")
				.isNotEmpty();
			browser.screenshot("lifecycle-risk-register");
			d.findElement(By.id("view-fmea")).click();
			assertThat(d.findElement(By.id("fmea")).getText()).contains("Display unreadable");
			browser.screenshot("lifecycle-risk-register-fmea");

			browser.open("/programmes/" + programmeId);
			assertThat(d.findElement(By.id("cycle")).getText()).isEqualTo("3");
			List<WebElement> steps = d.findElements(By.cssSelector("#steps tr[data-step]"));
			assertThat(steps).hasSize(6);
			assertThat(steps.get(0).getAttribute("data-state")).isEqualTo("IN_PROGRESS");
			assertThat(d.findElement(By.id("programme")).getText()).contains("EU GMP Annex 11 revision adopted");
			browser.screenshot("lifecycle-programme");

			browser.open("/improvement/management-reviews");
			assertThat(d.getPageSource()).contains("MR-");
			browser.screenshot("lifecycle-management-reviews");

			browser.open("/design/items/" + designItemId + "/trace");
			assertThat(d.getPageSource()).contains("REQ-1").contains("REQ-2");
			browser.screenshot("lifecycle-design-trace-matrix");

			browser.open("/vulnerabilities");
			assertThat(d.getPageSource()).contains(vulnerabilityId);
			browser.screenshot("lifecycle-vulnerabilities");
		}
	}

	/** The programme's step (1 to 6) in its current cycle, as the API shows it. */
	private static JsonNode step(int number) {
		return as("qquality").get("/api/programmes/" + programmeId).json().get("steps").get(number - 1);
	}

	private static JsonNode stepRecords(int number) {
		return step(number).get("records");
	}

	/** The process instance of a step's record, once the programme has started it. */
	private static String stepInstance(int number, int index) {
		awaitTrue(() -> {
			JsonNode records = stepRecords(number);
			return records.size() > index && !records.get(index).get("ended").asBoolean();
		}, "step " + number + " started by the programme");
		return stepRecords(number).get(index).get("processInstanceId").asText();
	}

	private static void claimAndComplete(String user, String task, Map<String, Object> variables) {
		Http who = as(user);
		assertThat(who.post("/engine-rest/task/" + task + "/claim", Map.of("userId", user)).status()).isEqualTo(204);
		Http.Response done = who.post("/engine-rest/task/" + task + "/complete", Map.of("variables", variables));
		assertThat(done.status()).as(done.body()).isEqualTo(204);
	}

	private static Http as(String user) {
		return Http.as(port, user, PASSWORD);
	}

	private static void complete(String user, String pi, String taskKey, Map<String, Object> variables) {
		String task = waitForTask(user, pi, taskKey);
		Http who = as(user);
		assertThat(who.post("/engine-rest/task/" + task + "/claim", Map.of("userId", user)).status()).isEqualTo(204);
		Http.Response done = who.post("/engine-rest/task/" + task + "/complete", Map.of("variables", variables));
		assertThat(done.status()).as(taskKey + ": " + done.body()).isEqualTo(204);
	}

	private static Http.Response sign(String user, String taskId, String meaning, Map<String, Object> variables) {
		return as(user).post("/api/tasks/" + taskId + "/sign",
				Map.of("meaning", meaning, "password", PASSWORD, "variables", variables));
	}

	/**
	 * The open task of this step as the user sees it; asynchronous steps before it run on
	 * the server's job executor.
	 */
	private static String waitForTask(String user, String pi, String taskKey) {
		String[] id = new String[1];
		awaitTrue(() -> {
			JsonNode tasks = as(user).get("/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + taskKey)
				.json();
			if (tasks.size() == 1) {
				id[0] = tasks.get(0).get("id").asText();
				return true;
			}
			return false;
		}, taskKey + " open for " + user);
		return id[0];
	}

	private static void awaitTrue(BooleanSupplier condition, String what) {
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 60 s for " + what).isLessThan(deadline);
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	private static byte[] bytes(String path) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(("bapprover:" + PASSWORD).getBytes()))
			.build();
		var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
