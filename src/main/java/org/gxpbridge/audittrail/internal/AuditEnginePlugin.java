package org.gxpbridge.audittrail.internal;

import java.util.ArrayList;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.workflow.WorkflowSettings;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Engine-wide, never per diagram: every history event also goes to the ledger; every new
 * deployment is recorded with the SHA-256 of each resource; every history cleanup run is
 * recorded; a process whose historyTimeToLive is shorter than its retention cannot be
 * deployed (CHK-19). There is no setting that skips any of this (CHK-03).
 */
@Component
@DependsOn("flywayInitializer")
class AuditEnginePlugin extends AbstractProcessEnginePlugin {

	private final LedgerWriter writer;

	private final WorkflowSettings workflow;

	AuditEnginePlugin(LedgerWriter writer, WorkflowSettings workflow) {
		this.writer = writer;
		this.workflow = workflow;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostDeployers() == null) {
			configuration.setCustomPostDeployers(new ArrayList<>());
		}
		configuration.getCustomPostDeployers().add(new DeploymentRecorder());
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners().add(new RetentionCheck());
		if (configuration.getCustomJobHandlers() == null) {
			configuration.setCustomJobHandlers(new ArrayList<>());
		}
		// same type as the engine's handler, so it replaces it: every cleanup run is a
		// ledger entry (CHK-19)
		configuration.getCustomJobHandlers().add(new RecordedHistoryCleanup());
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setHistoryEventHandler(
				new LedgerHistoryEventHandler(configuration.getHistoryEventHandler(), new HistoryCapture(writer)));
	}

	private final class DeploymentRecorder implements Deployer {

		@Override
		public void deploy(DeploymentEntity deployment) {
			if (!deployment.isNew()) {
				return;
			}
			String resources = deployment.getResources()
				.values()
				.stream()
				.map(r -> r.getName() + " sha256:" + Canonical.sha256(r.getBytes()))
				.sorted()
				.collect(Collectors.joining("; "));
			String user = Context.getCommandContext() == null ? null
					: Context.getCommandContext().getAuthenticatedUserId();
			writer.append(new AuditEntry(0, null, user, null, null, "DEPLOYED", "Deployment", deployment.getId(), null,
					null, "resources", null, resources, ChangeContext.reason(), ChangeContext.clientAddress(),
					Canonical.sha256(resources), null, null, null, null, null, null));
		}

	}

	private final class RecordedHistoryCleanup extends HistoryCleanupJobHandler {

		@Override
		public void execute(HistoryCleanupJobHandlerConfiguration configuration, ExecutionEntity execution,
				CommandContext context, String tenantId) {
			super.execute(configuration, execution, context, tenantId);
			writer.append(new AuditEntry(0, null, null, null, null, HistoryCapture.CLEANUP_ACTION, "HistoryCleanup",
					null, null, null, null, null, "removal-time based history cleanup ran", null, null, null, null,
					null, null, null, null, null));
		}

	}

	private final class RetentionCheck extends AbstractBpmnParseListener {

		@Override
		public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
			Integer retention = workflow.retentionDays().get(definition.getKey());
			Integer ttl = definition.getHistoryTimeToLive();
			if (retention != null && (ttl == null || ttl < retention)) {
				throw new ProcessEngineException("Process '" + definition.getKey() + "' has historyTimeToLive " + ttl
						+ " days, shorter than its retention of " + retention + " days (gxp.workflow.retention-days); "
						+ "history cleanup would delete GxP records early (21 CFR 11.10(c), CHK-19)");
			}
		}

	}

}
