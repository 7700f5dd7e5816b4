package org.gxpbridge.workflow.internal;

import java.util.ArrayList;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.gxpbridge.workflow.TrainingGate;
import org.gxpbridge.workflow.WorkflowSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Fixes the engine for compliance, engine-wide rather than per diagram: our accounts are
 * the engine's users and groups; the engine's own authorization is on and provisioned
 * from our roles; a command guard judges every operation a person asks for; every user
 * task checks that whoever claims or completes it is eligible; stored queries carry no
 * expressions; no process deploys whose history would be cleaned up inside its retention
 * (CHK-19); and the engine refuses to run with less than FULL history, because the
 * history is the audit trail (P11-10d, P11-10e, P11-10g, CHK-03). None of this is a
 * setting that can be turned off.
 */
@Component
class ComplianceEnginePlugin extends AbstractProcessEnginePlugin {

	private final Accounts accounts;

	private final TaskFormFields formFields;

	private final WorkflowSettings settings;

	private final ObjectProvider<TrainingGate> trainingGates;

	ComplianceEnginePlugin(Accounts accounts, TaskFormFields formFields, WorkflowSettings settings,
			ObjectProvider<TrainingGate> trainingGates) {
		this.trainingGates = trainingGates;
		this.accounts = accounts;
		this.formFields = formFields;
		this.settings = settings;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setIdentityProviderSessionFactory(new AccountIdentityProvider.Factory(accounts));
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners()
			.add(new TaskEligibilityGuard.ParseListener(accounts, trainingGates));
		configuration.getCustomPreBPMNParseListeners().add(new RetentionCheck(settings));
		if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
			configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
		}
		configuration.getCustomPostCommandInterceptorsTxRequired().add(new CommandGuard(formFields, accounts));
		if (configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null) {
			configuration.setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<>());
		}
		configuration.getCustomPostCommandInterceptorsTxRequiresNew().add(new CommandGuard(formFields, accounts));
		configuration.setAuthorizationEnabled(true);
		// assignee and candidates may claim and complete, not edit the task (TASK_WORK
		// instead of Camunda's UPDATE)
		configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
		configuration.setDefaultUserPermissionForTask(Permissions.TASK_WORK);
		configuration.setResourceAuthorizationProvider(new TaskAuthorizationProvider());
		// a stored filter's expression would run later as whoever opens the filter
		configuration.setEnableExpressionsInStoredQueries(false);
		configuration.setEnableExpressionsInAdhocQueries(false);
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		requireFullHistory(configuration.getHistoryLevel());
		// nobody may be an engine super-user: Camunda's admin group bypasses every
		// authorization check, and no role is one
		boolean superUsers = configuration.getAdminUsers() != null && !configuration.getAdminUsers().isEmpty();
		if (!configuration.isAuthorizationEnabled() || configuration.isEnableExpressionsInStoredQueries() || superUsers
				|| configuration.getAdminGroups().stream().anyMatch(g -> Role.fromGroupId(g).isPresent())) {
			throw new IllegalStateException(
					"GxP Bridge refuses to start: the engine's authorization must be on and stored "
							+ "query expressions off (21 CFR 11.10(d), 11.10(g)); remove camunda.bpm.authorization.enabled=false");
		}
	}

	static void requireFullHistory(HistoryLevel level) {
		if (level == null || !HistoryLevel.HISTORY_LEVEL_FULL.getName().equals(level.getName())) {
			throw new IllegalStateException("GxP Bridge refuses to start: the engine history level is '"
					+ (level == null ? "none" : level.getName()) + "', but the engine history is the audit trail and "
					+ "21 CFR 11.10(e) / EU Annex 11 §9 need every change recorded. Set camunda.bpm.history-level=full.");
		}
	}

}
