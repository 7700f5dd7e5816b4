package org.gxpbridge.regulation.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gxpbridge.regulation.CatalogueImport;
import org.gxpbridge.regulation.Framework;
import org.gxpbridge.regulation.ImportFormat;
import org.gxpbridge.regulation.ImportResult;
import org.gxpbridge.regulation.Mapping;
import org.gxpbridge.regulation.RegulationCatalogue;
import org.gxpbridge.regulation.RegulationImports;
import org.gxpbridge.regulation.Requirement;
import org.gxpbridge.security.Access;
import org.gxpbridge.shared.DomainException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue page: frameworks, a framework's requirements with their crosswalk links,
 * search by id or words, and (for quality managers and administrators) the import form.
 */
@Controller
@Access.AnyRole
class RegulationPages {

	private static final int SEARCH_LIMIT = 200;

	private final RegulationCatalogue catalogue;

	private final RegulationImports imports;

	RegulationPages(RegulationCatalogue catalogue, RegulationImports imports) {
		this.catalogue = catalogue;
		this.imports = imports;
	}

	@GetMapping("/regulations")
	String browse(@RequestParam(required = false) String framework, @RequestParam(required = false) String q,
			Model model) {
		List<Framework> frameworks = catalogue.frameworks();
		model.addAttribute("frameworks", frameworks);
		model.addAttribute("formats", ImportFormat.values());
		model.addAttribute("q", q == null ? "" : q);
		String selected = RegulationImportsApi.blankToNull(framework);
		model.addAttribute("selected", selected == null ? null : catalogue.framework(selected).orElse(null));
		if (q != null && !q.isBlank()) {
			List<Requirement> hits = catalogue.search(q, SEARCH_LIMIT)
				.stream()
				.filter(r -> selected == null || r.frameworkId().equals(selected))
				.toList();
			model.addAttribute("requirements", hits);
			model.addAttribute("links", linksOf(hits));
		}
		else if (selected != null) {
			List<Requirement> requirements = catalogue.requirements(selected);
			model.addAttribute("requirements", requirements);
			model.addAttribute("links", group(catalogue.mappingsOf(selected)));
		}
		return "regulations";
	}

	@Access.CatalogueMaintainer
	@PostMapping("/regulations/imports")
	String importFile(@RequestParam("file") MultipartFile file, @RequestParam String format,
			@RequestParam(required = false) String frameworkId, @RequestParam(required = false) String frameworkName,
			@RequestParam(required = false) String reason, Authentication auth, RedirectAttributes redirect)
			throws IOException {
		try {
			ImportResult result = imports.importFile(new CatalogueImport(ImportFormat.parse(format),
					RegulationImportsApi.blankToNull(frameworkId), RegulationImportsApi.blankToNull(frameworkName),
					file.getOriginalFilename(), file.getBytes(), RegulationImportsApi.blankToNull(reason)),
					auth.getName());
			redirect.addFlashAttribute("imported", result);
			redirect.addAttribute("framework", result.frameworkIds().isEmpty() ? "" : result.frameworkIds().get(0));
		}
		catch (DomainException e) {
			// the page says what is wrong with the file; nothing was stored
			redirect.addFlashAttribute("importError", e.getMessage());
		}
		return "redirect:/regulations";
	}

	private Map<String, List<Mapping>> linksOf(List<Requirement> requirements) {
		Map<String, List<Mapping>> links = new LinkedHashMap<>();
		requirements
			.forEach(r -> links.put(r.frameworkId() + " " + r.id(), catalogue.mappedTo(r.frameworkId(), r.id())));
		return links;
	}

	/** Links keyed like {@link #linksOf}: "framework requirement". */
	private static Map<String, List<Mapping>> group(List<Mapping> links) {
		Map<String, List<Mapping>> byRequirement = new LinkedHashMap<>();
		links.forEach(m -> byRequirement
			.computeIfAbsent(m.fromFramework() + " " + m.fromRequirement(), k -> new ArrayList<>())
			.add(m));
		return byRequirement;
	}

}
