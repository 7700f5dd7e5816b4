package org.gxpbridge.gap.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gxpbridge.documents.DocumentKind;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.NewDocument;
import org.gxpbridge.gap.AssessmentStatus;
import org.gxpbridge.gap.GapAssessment;
import org.gxpbridge.gap.GapAssessments;
import org.gxpbridge.gap.GapWorksheet;
import org.gxpbridge.gap.RowAssessment;
import org.gxpbridge.gap.RowStatus;
import org.gxpbridge.gap.process.OpenSteps;
import org.gxpbridge.security.Access;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The worksheet of a gap assessment: every requirement of a framework as a row, filtered
 * by area, status, justification and evidence set inline, crosswalk proposals accepted
 * with one click. Refusals come back as a message on the page.
 */
@Controller
@Access.AnyRole
class GapPages {

	private final GapAssessments assessments;

	private final GapWorksheet worksheet;

	private final OpenSteps steps;

	private final Documents documents;

	GapPages(GapAssessments assessments, GapWorksheet worksheet, OpenSteps steps, Documents documents) {
		this.assessments = assessments;
		this.worksheet = worksheet;
		this.steps = steps;
		this.documents = documents;
	}

	@GetMapping("/gap/assessments")
	String list(Model model) {
		model.addAttribute("assessments", assessments.all());
		return "gap-assessments";
	}

	@GetMapping("/gap/assessments/{id}")
	String worksheet(@PathVariable String id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String framework, @RequestParam(required = false) String area,
			Authentication auth, Model model) {
		GapAssessment latest = assessments.latest(id);
		GapAssessment a = version == null ? latest : assessments.version(id, version);
		String fw = framework == null || framework.isBlank() ? a.frameworkIds().get(0) : framework;
		model.addAttribute("assessment", a);
		model.addAttribute("versions", assessments.versions(id));
		model.addAttribute("framework", fw);
		model.addAttribute("area", area == null ? "" : area);
		model.addAttribute("areas", worksheet.areas(fw));
		model.addAttribute("rows", worksheet.rows(a.id(), a.version(), fw, area));
		model.addAttribute("coverage", worksheet.coverage(a.id(), a.version()));
		model.addAttribute("statuses", RowStatus.values());
		model.addAttribute("editable", a.version() == latest.version() && editable(a, fw, auth));
		model.addAttribute("reasonRequired", a.status() == AssessmentStatus.APPROVED);
		return "gap-worksheet";
	}

	@Access.ContentWriter
	@PostMapping("/gap/assessments/{id}/rows")
	String assess(@PathVariable String id, @RequestParam String frameworkId, @RequestParam String requirementId,
			@RequestParam(required = false) RowStatus status, @RequestParam(required = false) String justification,
			@RequestParam(required = false) String evidence, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String area,
			Authentication auth, RedirectAttributes redirect) {
		try {
			List<String> ids = new ArrayList<>(evidence == null ? List.of()
					: Arrays.stream(evidence.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList());
			if (file != null && !file.isEmpty()) {
				ids.add(documents
					.upload(new NewDocument(file.getOriginalFilename(), file.getBytes(), requirementId + " evidence",
							DocumentKind.AUDIT_EVIDENCE, null), auth.getName())
					.id());
			}
			worksheet.assess(id, new RowAssessment(frameworkId, requirementId, status, justification, ids),
					auth.getName(), reason);
			redirect.addFlashAttribute("info", requirementId + " saved");
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("error", requirementId + ": " + refused.getMessage());
		}
		catch (IOException unreadable) {
			throw new InvalidInputException("upload_unreadable", "The uploaded file could not be read");
		}
		return back(id, frameworkId, area, redirect);
	}

	@Access.ContentWriter
	@PostMapping("/gap/assessments/{id}/proposals/accept")
	String acceptProposal(@PathVariable String id, @RequestParam String frameworkId, @RequestParam String requirementId,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String area,
			Authentication auth, RedirectAttributes redirect) {
		try {
			worksheet.acceptProposal(id, frameworkId, requirementId, auth.getName(), reason);
			redirect.addFlashAttribute("info", requirementId + ": crosswalk proposal accepted");
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("error", requirementId + ": " + refused.getMessage());
		}
		return back(id, frameworkId, area, redirect);
	}

	private static String back(String id, String frameworkId, String area, RedirectAttributes redirect) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("framework", frameworkId);
		if (area != null && !area.isBlank()) {
			query.put("area", area);
		}
		query.forEach(redirect::addAttribute);
		return "redirect:/gap/assessments/" + id;
	}

	/**
	 * Whether to offer the row forms; the module decides again on every change.
	 */
	private boolean editable(GapAssessment a, String framework, Authentication auth) {
		return switch (a.status()) {
			case IN_ASSESSMENT -> steps.mayAssess(a.processInstanceId(), framework, auth.getName());
			case DRAFT, APPROVED -> auth.getAuthorities()
				.stream()
				.noneMatch(g -> g.getAuthority().equals("ROLE_INSPECTOR") || g.getAuthority().equals("ROLE_ADMIN"));
			case SUPERSEDED -> false;
		};
	}

}
