package org.gxpbridge.gap.web;

import java.time.LocalDate;

import org.gxpbridge.gap.ActionPlanEntry;
import org.gxpbridge.gap.AssessmentStatus;
import org.gxpbridge.gap.GapActions;
import org.gxpbridge.gap.GapAssessment;
import org.gxpbridge.gap.GapAssessments;
import org.gxpbridge.gap.GapWorksheet;
import org.gxpbridge.gap.process.ActionProposals;
import org.gxpbridge.gap.process.OpenSteps;
import org.gxpbridge.security.Access;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.NotPermittedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The gap report: coverage per framework (chart and table), the remediation
 * recommendations and the prioritised action plan, which the planner edits here while
 * "Plan actions" is theirs.
 */
@Controller
@Access.AnyRole
class GapReportPages {

	private final GapAssessments assessments;

	private final GapWorksheet worksheet;

	private final GapActions actions;

	private final ActionProposals proposals;

	private final OpenSteps steps;

	GapReportPages(GapAssessments assessments, GapWorksheet worksheet, GapActions actions, ActionProposals proposals,
			OpenSteps steps) {
		this.assessments = assessments;
		this.worksheet = worksheet;
		this.actions = actions;
		this.proposals = proposals;
		this.steps = steps;
	}

	@GetMapping("/gap/assessments/{id}/report")
	String report(@PathVariable String id, @RequestParam(required = false) Integer version, Authentication auth,
			Model model) {
		GapAssessment a = version == null ? assessments.latest(id) : assessments.version(id, version);
		var coverage = worksheet.coverage(a.id(), a.version());
		model.addAttribute("assessment", a);
		model.addAttribute("coverage", coverage);
		model.addAttribute("chart", CoverageChart.of(coverage));
		model.addAttribute("actions", actions.ofAssessment(a.id(), a.version()));
		model.addAttribute("planning",
				a.status() == AssessmentStatus.IN_ASSESSMENT && steps.mayPlan(a.processInstanceId(), auth.getName()));
		return "gap-report";
	}

	@Access.ContentWriter
	@PostMapping("/gap/actions/{actionId}/plan")
	String plan(@PathVariable String actionId, @RequestParam String assessmentId,
			@RequestParam(required = false) String description, @RequestParam(required = false) String ownerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
			@RequestParam(defaultValue = "false") boolean declined, Authentication auth, RedirectAttributes redirect) {
		try {
			actions.plan(actionId, new ActionPlanEntry(description, ownerId, dueDate, declined), auth.getName());
			redirect.addFlashAttribute("info", actionId + " saved");
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("error", actionId + ": " + refused.getMessage());
		}
		return "redirect:/gap/assessments/" + assessmentId + "/report";
	}

	@Access.ContentWriter
	@PostMapping("/gap/assessments/{id}/proposals/refresh")
	String refresh(@PathVariable String id, Authentication auth, RedirectAttributes redirect) {
		GapAssessment a = assessments.latest(id);
		if (a.status() != AssessmentStatus.IN_ASSESSMENT || !steps.mayPlan(a.processInstanceId(), auth.getName())) {
			throw new NotPermittedException("not_the_planner",
					"Only who may work the open 'Plan actions' step refreshes the proposals");
		}
		proposals.sync(a);
		redirect.addFlashAttribute("info", "Proposals follow the worksheet");
		return "redirect:/gap/assessments/" + id + "/report";
	}

}
