package org.gxpbridge.regulation.web;

import java.util.List;

import org.gxpbridge.regulation.Framework;
import org.gxpbridge.regulation.Mapping;
import org.gxpbridge.regulation.RegulationCatalogue;
import org.gxpbridge.regulation.Requirement;
import org.gxpbridge.security.Access;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue's frameworks, requirements and crosswalk, readable by every role. */
@RestController
@Access.AnyRole
class RegulationsApi {

	private final RegulationCatalogue catalogue;

	RegulationsApi(RegulationCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/api/regulations/frameworks")
	List<Framework> frameworks() {
		return catalogue.frameworks();
	}

	@GetMapping("/api/regulations/frameworks/{id}/requirements")
	List<RequirementView> requirements(@PathVariable String id) {
		return catalogue.requirements(id).stream().map(RequirementView::of).toList();
	}

	@GetMapping("/api/regulations/frameworks/{id}/requirements/{requirementId}/mappings")
	List<Mapping> mappedTo(@PathVariable String id, @PathVariable String requirementId) {
		return catalogue.mappedTo(id, requirementId);
	}

	@GetMapping("/api/regulations/mappings")
	List<Mapping> mappings(@RequestParam String from, @RequestParam String to) {
		return catalogue.mappings(from, to);
	}

	/** A requirement as the public contract shows it: {@code id, title, …}. */
	record RequirementView(String id, String title, String description, String parentId, int sortOrder) {

		static RequirementView of(Requirement r) {
			return new RequirementView(r.id(), r.title(), r.description(), r.parentId(), r.sortOrder());
		}

	}

}
