package org.gxpbridge.workflow.internal;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.gxpbridge.security.Accounts;
import org.springframework.stereotype.Component;

/**
 * Fixes the engine for compliance, engine-wide rather than per diagram: our accounts are the engine's users and
 * groups; every user task checks that whoever claims or completes it is eligible; and the engine refuses to run
 * with less than FULL history, because the history is the audit trail (P11-10e, CHK-03).
 */
@Component
class ComplianceEnginePlugin extends AbstractProcessEnginePlugin {

    private final Accounts accounts;

    ComplianceEnginePlugin(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new AccountIdentityProvider.Factory(accounts));
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new TaskEligibilityGuard.ParseListener(accounts));
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        requireFullHistory(configuration.getHistoryLevel());
    }

    static void requireFullHistory(HistoryLevel level) {
        if (level == null || !HistoryLevel.HISTORY_LEVEL_FULL.getName().equals(level.getName())) {
            throw new IllegalStateException("GxP Bridge refuses to start: the engine history level is '"
                    + (level == null ? "none" : level.getName()) + "', but the engine history is the audit trail and "
                    + "21 CFR 11.10(e) / EU Annex 11 §9 need every change recorded. Set camunda.bpm.history-level=full.");
        }
    }
}
