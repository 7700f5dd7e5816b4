package org.gxpbridge.workflow.internal;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.gxpbridge.workflow.WorkflowSettings;

/**
 * A process whose historyTimeToLive is shorter than its retention
 * ({@code gxp.workflow.retention-days}) cannot be deployed: history cleanup would delete
 * its GxP records early (P11-10c, CHK-19). Checked at parse time, so neither the
 * auto-deployment nor the REST API can bring such a model in.
 */
final class RetentionCheck extends AbstractBpmnParseListener {

	private final WorkflowSettings settings;

	RetentionCheck(WorkflowSettings settings) {
		this.settings = settings;
	}

	@Override
	public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
		Integer retention = settings.retentionDays().get(definition.getKey());
		Integer ttl = definition.getHistoryTimeToLive();
		if (retention != null && (ttl == null || ttl < retention)) {
			throw new ProcessEngineException("Process '" + definition.getKey() + "' has historyTimeToLive " + ttl
					+ " days, shorter than its retention of " + retention + " days (gxp.workflow.retention-days); "
					+ "history cleanup would delete GxP records early (21 CFR 11.10(c), CHK-19)");
		}
	}

}
