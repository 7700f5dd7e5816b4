package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.CapaModel.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.monitoring.Capas;
import org.gxpbridge.monitoring.RootCause;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Completing the investigation records the root cause (5 whys or fishbone) on the CAPA.
 */
@Component("recordInvestigationListener")
class RecordInvestigationListener implements TaskListener {

	private final Capas capas;

	RecordInvestigationListener(Capas capas) {
		this.capas = capas;
	}

	@Override
	public void notify(DelegateTask task) {
		List<String> whys = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			String why = ProcessValues.text(task.getVariable(VAR_WHY_PREFIX + i));
			if (why != null && !why.isBlank()) {
				whys.add(why.trim());
			}
		}
		Map<String, String> fishbone = new LinkedHashMap<>();
		for (String category : RootCause.FISHBONE_CATEGORIES) {
			String cause = ProcessValues
				.text(task.getVariable(VAR_FISHBONE_PREFIX + category.charAt(0) + category.substring(1).toLowerCase()));
			if (cause != null && !cause.isBlank()) {
				fishbone.put(category, cause.trim());
			}
		}
		capas.recordInvestigation((String) task.getVariable(VAR_CAPA_ID),
				new RootCause(ProcessValues.text(task.getVariable(VAR_ROOT_CAUSE_METHOD)), whys, fishbone,
						ProcessValues.text(task.getVariable(VAR_ROOT_CAUSE))),
				Actor.current(task));
	}

}
