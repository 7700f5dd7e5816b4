package org.gxpbridge.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gxpbridge.gap.GapFixtures.CYBER;
import static org.gxpbridge.gap.GapFixtures.ISO;
import static org.gxpbridge.gap.GapFixtures.PART11;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.gxpbridge.documents.Documents;
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

/**
 * The gap API and pages over HTTP on the shared server: reads for every role, typed
 * refusals as JSON statuses, the worksheet's rows, filter and crosswalk proposal, and the
 * report's chart.
 */
@GxpServerTest
@Verifies("URS-17")
class GapWebTests {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	GapAssessments assessments;

	@Autowired
	GapWorksheet worksheet;

	@Autowired
	GapActions actions;

	@Autowired
	Signatures signatures;

	@Autowired
	Documents documents;

	GapFixtures gap;

	@BeforeEach
	void setUp() {
		gap = new GapFixtures(engine, workflow, assessments, worksheet, actions, signatures, documents);
	}

	@Test
	void anAssessmentReadsWithItsRowsAndCoverageForEveryRoleAndUnknownIdsAre404() {
		GapAssessment a = gap.start("owner", CYBER);
		var response = Http.as(port, "inspector").get("/api/gap/assessments/" + a.id());
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().path("assessment").path("id").asText()).isEqualTo(a.id());
		assertThat(response.json().path("coverage").get(0).path("frameworkId").asText()).isEqualTo(CYBER);
		assertThat(response.json().path("rows").size()).isEqualTo(worksheet.rows(a.id(), 1, CYBER, null).size());
		assertThat(Http.as(port, "inspector").get("/api/gap/actions").status()).isEqualTo(200);

		var unknown = Http.as(port, "qm").get("/api/gap/assessments/GAP-NOPE");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().path("error").asText()).isEqualTo("assessment_not_found");
		assertThat(Http.as(port, "qm").get("/api/gap/actions/GA-NOPE").status()).isEqualTo(404);
	}

	@Test
	void rowsAndPlansAreChangedOverTheApiWithTypedRefusals() {
		GapAssessment a = gap.start("owner", CYBER);
		String req = worksheet.rows(a.id(), 1, CYBER, null).get(0).requirementId();
		var missing = Http.as(port, "itsec")
			.post("/api/gap/assessments/" + a.id() + "/rows",
					Map.of("frameworkId", CYBER, "requirementId", req, "status", "GAP"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().path("error").asText()).isEqualTo("justification_required");
		assertThat(Http.as(port, "inspector")
			.post("/api/gap/assessments/" + a.id() + "/rows",
					Map.of("frameworkId", CYBER, "requirementId", req, "status", "MET"))
			.status()).isEqualTo(403);

		gap.assessFramework(a, CYBER, "itsec");
		gap.claim(gap.task(a, GapAnalysisModel.TASK_PLAN_ACTIONS), "owner");
		GapAction action = actions.ofAssessment(a.id(), 1).get(0);
		var past = Http.as(port, "owner")
			.put("/api/gap/actions/" + action.id() + "/plan", Map.of("description", "SBOM procedure", "ownerId",
					"owner", "dueDate", LocalDate.now().minusDays(1).toString(), "declined", false));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.json().path("error").asText()).isEqualTo("due_date_in_past");
		var planned = Http.as(port, "owner")
			.put("/api/gap/actions/" + action.id() + "/plan", Map.of("description", "SBOM procedure", "ownerId",
					"owner", "dueDate", LocalDate.now().plusDays(10).toString(), "declined", false));
		assertThat(planned.status()).isEqualTo(200);
		assertThat(planned.json().path("ownerId").asText()).isEqualTo("owner");
	}

	@Test
	void theWorksheetShowsRowsFilteredByAreaWithTheCrosswalkProposalAndTheReportItsChart() {
		GapAssessment a = gap.start("owner", PART11, ISO);
		var doc = gap.evidence("identity and access procedure " + a.id());
		worksheet.assess(a.id(), new RowAssessment(ISO, "A.5.15", RowStatus.MET, null, List.of(doc.id())), "itsec",
				null);
		FormSession itsec = FormSession.signedIn(port, "itsec", Http.DEMO_PASSWORD);
		String page = itsec.get("/gap/assessments/" + a.id() + "?framework=" + PART11).body();
		assertThat(page).contains("id=\"row-11.10(d)\"").contains("proposed via A.5.15").contains("class=\"row-form\"");
		String area = worksheet.rows(a.id(), 1, PART11, null).get(0).area();
		String filtered = itsec
			.get("/gap/assessments/" + a.id() + "?framework=" + PART11 + "&area=" + FormSession.enc(area))
			.body();
		assertThat(filtered).contains("id=\"rows\"");
		for (AssessmentRow other : worksheet.rows(a.id(), 1, PART11, null)) {
			assertThat(filtered.contains("id=\"row-" + other.requirementId() + "\""))
				.isEqualTo(area.equals(other.area()));
		}

		var accepted = itsec.postForm("/gap/assessments/" + a.id() + "?framework=" + PART11,
				"/gap/assessments/" + a.id() + "/proposals/accept",
				"frameworkId=" + PART11 + "&requirementId=" + FormSession.enc("11.10(d)"));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(worksheet.rows(a.id(), 1, PART11, null)).filteredOn(r -> r.requirementId().equals("11.10(d)"))
			.singleElement()
			.satisfies(r -> assertThat(r.status()).isEqualTo(RowStatus.MET));

		FormSession inspector = FormSession.signedIn(port, "inspector", Http.DEMO_PASSWORD);
		String readOnly = inspector.get("/gap/assessments/" + a.id() + "?framework=" + PART11).body();
		assertThat(readOnly).contains("id=\"row-11.10(d)\"").doesNotContain("class=\"row-form\"");
		String report = inspector.get("/gap/assessments/" + a.id() + "/report").body();
		assertThat(report).contains("<svg id=\"coverage-chart\"").contains("data-framework=\"" + ISO + "\"");
	}

}
