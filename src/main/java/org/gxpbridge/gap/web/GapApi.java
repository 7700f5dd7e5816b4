package org.gxpbridge.gap.web;

import java.util.List;

import org.gxpbridge.gap.ActionPlanEntry;
import org.gxpbridge.gap.ActionStatus;
import org.gxpbridge.gap.AssessmentRow;
import org.gxpbridge.gap.Coverage;
import org.gxpbridge.gap.GapAction;
import org.gxpbridge.gap.GapActions;
import org.gxpbridge.gap.GapAssessment;
import org.gxpbridge.gap.GapAssessments;
import org.gxpbridge.gap.GapWorksheet;
import org.gxpbridge.gap.RowAssessment;
import org.gxpbridge.security.Access;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.ReasonForChange;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Gap assessments and actions over JSON: reads for every role, changes for the roles that
 * work on records (the module checks who may change what); a change to an approved
 * assessment and closing an action take their reason from {@code X-GxP-Reason}.
 */
@RestController
@Access.AnyRole
class GapApi {

	/** An assessment version with its rows, coverage and action plan. */
	record AssessmentView(GapAssessment assessment, List<Coverage> coverage, List<AssessmentRow> rows,
			List<GapAction> actions) {
	}

	private final GapAssessments assessments;

	private final GapWorksheet worksheet;

	private final GapActions actions;

	GapApi(GapAssessments assessments, GapWorksheet worksheet, GapActions actions) {
		this.assessments = assessments;
		this.worksheet = worksheet;
		this.actions = actions;
	}

	@GetMapping("/api/gap/assessments")
	List<GapAssessment> all() {
		return assessments.all();
	}

	@GetMapping("/api/gap/assessments/{id}")
	AssessmentView assessment(@PathVariable String id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String framework, @RequestParam(required = false) String area) {
		GapAssessment a = version == null ? assessments.latest(id) : assessments.version(id, version);
		return new AssessmentView(a, worksheet.coverage(a.id(), a.version()),
				worksheet.rows(a.id(), a.version(), framework, area), actions.ofAssessment(a.id(), a.version()));
	}

	@Access.ContentWriter
	@PostMapping("/api/gap/assessments/{id}/rows")
	AssessmentRow assess(@PathVariable String id, @RequestBody RowAssessment row, Authentication auth) {
		return worksheet.assess(id, row, auth.getName(), ReasonForChange.current().orElse(null));
	}

	@Access.ContentWriter
	@PostMapping("/api/gap/assessments/{id}/proposals/accept")
	AssessmentRow acceptProposal(@PathVariable String id, @RequestParam String framework,
			@RequestParam String requirement, Authentication auth) {
		return worksheet.acceptProposal(id, framework, requirement, auth.getName(),
				ReasonForChange.current().orElse(null));
	}

	@Access.ContentWriter
	@PostMapping("/api/gap/assessments/{id}/revisions")
	GapAssessment revise(@PathVariable String id, Authentication auth) {
		return assessments.revise(id, auth.getName(), ReasonForChange.current().orElse(null));
	}

	/** Tracked actions: OPEN unless another status is asked for. */
	@GetMapping("/api/gap/actions")
	List<GapAction> actions(@RequestParam(required = false) ActionStatus status) {
		return status == null || status == ActionStatus.OPEN ? actions.open()
				: assessments.all()
					.stream()
					.flatMap(a -> assessments.versions(a.id()).stream())
					.flatMap(a -> actions.ofAssessment(a.id(), a.version()).stream())
					.filter(x -> x.status() == status)
					.toList();
	}

	@GetMapping("/api/gap/actions/{id}")
	GapAction action(@PathVariable String id) {
		return actions.find(id)
			.orElseThrow(() -> new NotFoundException("action_not_found", "There is no gap action " + id));
	}

	@Access.ContentWriter
	@PutMapping("/api/gap/actions/{id}/plan")
	GapAction plan(@PathVariable String id, @RequestBody ActionPlanEntry entry, Authentication auth) {
		return actions.plan(id, entry, auth.getName());
	}

	@Access.ContentWriter
	@PostMapping("/api/gap/actions/{id}/done")
	GapAction done(@PathVariable String id, Authentication auth) {
		return actions.markDone(id, auth.getName(), ReasonForChange.current().orElse(null));
	}

}
