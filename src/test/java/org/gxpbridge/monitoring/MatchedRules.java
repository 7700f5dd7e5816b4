package org.gxpbridge.monitoring;

import java.util.List;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * A plain DMN engine that remembers which rules the last evaluation matched, so a row
 * test names its row.
 */
final class MatchedRules implements DmnDecisionTableEvaluationListener {

	private volatile List<String> last = List.of();

	@Override
	public void notify(DmnDecisionTableEvaluationEvent event) {
		last = event.getMatchingRules().stream().map(r -> r.getId()).toList();
	}

	List<String> last() {
		return last;
	}

	DmnEngine engine() {
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		configuration.customPostDecisionTableEvaluationListeners(List.of(this));
		return configuration.buildEngine();
	}

}
