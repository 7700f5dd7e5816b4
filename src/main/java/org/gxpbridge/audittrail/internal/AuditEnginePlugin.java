package org.gxpbridge.audittrail.internal;

import java.util.ArrayList;
import java.util.Comparator;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.gxpbridge.shared.AuditFacts;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Engine-wide, never per diagram: every history event also goes to the ledger; every new
 * deployment is recorded with the SHA-256 of each resource; every history cleanup run is
 * recorded (CHK-19). There is no setting that skips any of this (CHK-03). That a process
 * keeps its history at least as long as its retention is the workflow module's
 * deploy-time check.
 */
@Component
@DependsOn("flywayInitializer")
class AuditEnginePlugin extends AbstractProcessEnginePlugin {

	private final LedgerWriter writer;

	AuditEnginePlugin(LedgerWriter writer) {
		this.writer = writer;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostDeployers() == null) {
			configuration.setCustomPostDeployers(new ArrayList<>());
		}
		configuration.getCustomPostDeployers().add(new DeploymentRecorder());
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
			String user = Context.getCommandContext() == null ? null
					: Context.getCommandContext().getAuthenticatedUserId();
			// one entry per resource: a joined list of every model's checksum outgrew the
			// ledger's 4000-character value and lost the last models' checksums
			deployment.getResources().values().stream().sorted(Comparator.comparing(r -> r.getName())).forEach(r -> {
				String sha256 = Canonical.sha256(r.getBytes());
				writer.append(EntryDraft.inContext(AuditFacts.of(user, "DEPLOYED", "Deployment", deployment.getId())
					.withChange("resource", null, r.getName() + " sha256:" + sha256)
					.withContentHash(sha256)));
			});
		}

	}

	private final class RecordedHistoryCleanup extends HistoryCleanupJobHandler {

		@Override
		public void execute(HistoryCleanupJobHandlerConfiguration configuration, ExecutionEntity execution,
				CommandContext context, String tenantId) {
			super.execute(configuration, execution, context, tenantId);
			// the server cleans up on its own behalf: no reason or client from whatever
			// thread
			// ran the job
			writer.append(EntryDraft.of(AuditFacts.bySystem(HistoryCapture.CLEANUP_ACTION, "HistoryCleanup", null)
				.withChange(null, null, "removal-time based history cleanup ran")));
		}

	}

}
