package org.gxpbridge.workflow;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.NotPermittedException;
import org.springframework.stereotype.Service;

/**
 * Starts processes on behalf of a user, so the engine records who started them
 * (initiator, operation log).
 */
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

	/**
	 * Starts the latest version of a process as the user. A process that names candidate
	 * starter groups or users (camunda:candidateStarterGroups) may be started only by
	 * them (P11-10g).
	 */
	public ProcessStarted start(String processKey, String businessKey, Map<String, Object> variables, String userId) {
		ProcessDefinition definition = repository.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.latestVersion()
			.singleResult();
		if (definition == null) {
			throw new UnknownProcessException(processKey);
		}
		if (!mayStart(definition, userId)) {
			throw new NotPermittedException("not_a_starter",
					"Your roles do not allow starting " + definition.getName());
		}
		return runAs(userId, () -> {
			ProcessInstance pi = runtime.startProcessInstanceByKey(processKey, businessKey, variables);
			return new ProcessStarted(pi.getId(), pi.getProcessDefinitionId(), pi.getBusinessKey());
		});
	}

	/** The latest version of every process this user may start, by name. */
	public List<StartableProcess> startableBy(String userId) {
		return repository.createProcessDefinitionQuery()
			.latestVersion()
			.active()
			.orderByProcessDefinitionName()
			.asc()
			.list()
			.stream()
			.filter(d -> mayStart(d, userId))
			.map(d -> new StartableProcess(d.getKey(), d.getName(), d.getDescription(), d.getVersion(), d.getId()))
			.toList();
	}

	/**
	 * Whether the user may start this process definition (by id, or the latest version of
	 * a key).
	 */
	public boolean mayStart(String definitionIdOrKey, boolean byKey, String userId) {
		ProcessDefinition definition = byKey
				? repository.createProcessDefinitionQuery()
					.processDefinitionKey(definitionIdOrKey)
					.latestVersion()
					.singleResult()
				: repository.createProcessDefinitionQuery().processDefinitionId(definitionIdOrKey).singleResult();
		return definition == null || mayStart(definition, userId);
	}

	private boolean mayStart(ProcessDefinition definition, String userId) {
		List<IdentityLink> starters = repository.getIdentityLinksForProcessDefinition(definition.getId());
		if (starters.isEmpty()) {
			return true;
		}
		String id = Accounts.normalize(userId);
		var roles = accounts.find(id).map(a -> Role.groupIds(a.roles())).orElse(List.of());
		return starters.stream()
			.anyMatch(l -> id.equals(l.getUserId()) || (l.getGroupId() != null && roles.contains(l.getGroupId())));
	}

	/**
	 * Whether a process instance still runs (the engine's runtime tables, not a
	 * variable): false once it ended, was cancelled or deleted.
	 */
	public boolean isRunning(String processInstanceId) {
		return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
	}

	/**
	 * Runs engine work as the given user with their roles as groups, then clears the
	 * engine's authentication.
	 */
	public <T> T runAs(String userId, Supplier<T> work) {
		var groups = Role.groupIds(accounts.get(userId).roles());
		identity.setAuthentication(Accounts.normalize(userId), groups);
		try {
			return work.get();
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
