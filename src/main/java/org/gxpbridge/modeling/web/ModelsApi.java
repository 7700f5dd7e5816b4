package org.gxpbridge.modeling.web;

import java.util.List;

import org.gxpbridge.modeling.DeployedModel;
import org.gxpbridge.modeling.DeployedModelContent;
import org.gxpbridge.modeling.ModelKind;
import org.gxpbridge.modeling.process.EngineModels;
import org.gxpbridge.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The deployed models as the modeler opens them: the latest process definitions,
 * decisions and forms, and the XML or JSON of one. Process owners and the quality unit.
 */
@RestController
@RequestMapping("/api/models")
@PreAuthorize("hasAnyRole('PROCESS_OWNER','QUALITY_MANAGER')")
class ModelsApi {

	private final EngineModels models;

	ModelsApi(EngineModels models) {
		this.models = models;
	}

	@GetMapping
	List<DeployedModel> all() {
		return models.list();
	}

	@GetMapping("/{kind}/{key}")
	DeployedModelContent one(@PathVariable String kind, @PathVariable String key) {
		ModelKind k = ModelKind.parse(kind);
		DeployedModel m = models.find(k, key)
			.orElseThrow(
					() -> new NotFoundException("model_not_found", "No " + k + " model '" + key + "' is deployed"));
		return new DeployedModelContent(k, key, m.resourceName(), m.deploymentId(),
				models.text(m.deploymentId(), m.resourceName()));
	}

}
