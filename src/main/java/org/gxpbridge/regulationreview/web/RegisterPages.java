package org.gxpbridge.regulationreview.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gxpbridge.regulation.ApplicabilityRegister;
import org.gxpbridge.regulation.ApplicableFramework;
import org.gxpbridge.regulation.Framework;
import org.gxpbridge.regulation.RegisterVersion;
import org.gxpbridge.regulation.RegulationCatalogue;
import org.gxpbridge.regulationreview.RegisterDrafting;
import org.gxpbridge.security.Access;
import org.gxpbridge.signature.Signatures;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The applicability register's page: every version, the chosen one as a table of
 * frameworks (applicable, rationale, RACI) with its signatures' manifestation (P11-50),
 * and, while its proposal step is open for the viewer, the forms that edit it.
 */
@Controller
@Access.AnyRole
class RegisterPages {

	private final ApplicabilityRegister register;

	private final RegisterDrafting drafting;

	private final RegulationCatalogue catalogue;

	private final Signatures signatures;

	RegisterPages(ApplicabilityRegister register, RegisterDrafting drafting, RegulationCatalogue catalogue,
			Signatures signatures) {
		this.register = register;
		this.drafting = drafting;
		this.catalogue = catalogue;
		this.signatures = signatures;
	}

	@GetMapping("/regulations/register")
	String register(Model model, Authentication auth) {
		List<RegisterVersion> versions = register.versions();
		if (versions.isEmpty()) {
			model.addAttribute("versions", versions);
			return "regulation-register";
		}
		// the open version is what people come to edit; otherwise the approved one
		RegisterVersion shown = versions.stream()
			.filter(v -> RegisterVersion.DRAFT.equals(v.status()) || RegisterVersion.IN_REVIEW.equals(v.status()))
			.findFirst()
			.orElse(register.current().orElse(versions.get(versions.size() - 1)));
		return version(shown.version(), model, auth);
	}

	@GetMapping("/regulations/register/versions/{version}")
	String version(@PathVariable int version, Model model, Authentication auth) {
		RegisterVersion shown = register.version(version);
		model.addAttribute("versions", register.versions());
		model.addAttribute("shown", shown);
		model.addAttribute("frameworks", catalogue.frameworks());
		model.addAttribute("names",
				catalogue.frameworks()
					.stream()
					.collect(Collectors.toMap(Framework::id, Framework::shortName, (a, b) -> a)));
		model.addAttribute("signatures", shown.signatureIds().stream().map(signatures::find).toList());
		model.addAttribute("editable", drafting.mayEdit(version, auth.getName()));
		model.addAttribute("reasonRequired", version > 1 && register.versions()
			.stream()
			.anyMatch(
					v -> RegisterVersion.APPROVED.equals(v.status()) || RegisterVersion.SUPERSEDED.equals(v.status())));
		return "regulation-register";
	}

	@Access.ContentWriter
	@PostMapping("/regulations/register/versions/{version}/entries")
	String save(@PathVariable int version, @RequestParam Map<String, String> form, Authentication auth) {
		drafting.saveEntry(version,
				new ApplicableFramework(form.get("frameworkId"), "true".equals(form.get("applicable")),
						form.get("rationale"), form.get("responsible"), form.get("accountable"), form.get("consulted"),
						form.get("informed")),
				auth.getName(), form.get("reason"));
		return "redirect:/regulations/register/versions/" + version;
	}

	@Access.ContentWriter
	@PostMapping("/regulations/register/versions/{version}/entries/{frameworkId}/remove")
	String remove(@PathVariable int version, @PathVariable String frameworkId,
			@RequestParam(required = false) String reason, Authentication auth) {
		drafting.removeEntry(version, frameworkId, auth.getName(), reason);
		return "redirect:/regulations/register/versions/" + version;
	}

}
