package org.gxpbridge.regulation.web;

import java.util.List;

import org.gxpbridge.regulation.Framework;
import org.gxpbridge.regulation.RegulationCatalogue;
import org.gxpbridge.security.Access;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue's frameworks, readable by every role. */
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

}
