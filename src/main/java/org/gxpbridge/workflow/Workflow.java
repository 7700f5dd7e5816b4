package org.gxpbridge.workflow;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.springframework.stereotype.Service;

/** Starts processes on behalf of a user, so the engine records who started them (initiator, operation log). */
@Service
public class Workflow {

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final Accounts accounts;

    Workflow(RuntimeService runtime, RepositoryService repository, IdentityService identity, Accounts accounts) {
        this.runtime = runtime;
        this.repository = repository;
        this.identity = identity;
        this.accounts = accounts;
    }

    public ProcessStarted start(String processKey, String businessKey, Map<String, Object> variables, String userId) {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().count() == 0) {
            throw new UnknownProcessException(processKey);
        }
        return runAs(userId, () -> {
            ProcessInstance pi = runtime.startProcessInstanceByKey(processKey, businessKey, variables);
            return new ProcessStarted(pi.getId(), pi.getProcessDefinitionId(), pi.getBusinessKey());
        });
    }

    /** Runs engine work as the given user with their roles as groups, then clears the engine's authentication. */
    public <T> T runAs(String userId, java.util.function.Supplier<T> work) {
        var groups = accounts.get(userId).roles().stream().map(Role::name).toList();
        identity.setAuthentication(Accounts.normalize(userId), groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
