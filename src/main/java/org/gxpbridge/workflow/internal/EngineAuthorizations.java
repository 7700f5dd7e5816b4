package org.gxpbridge.workflow.internal;

import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.AUTHORIZATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.SYSTEM;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.SystemPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.gxpbridge.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's own authorizations, provisioned from our roles by this reviewed, versioned
 * table (DESIGN.md §5, P11-10d, P11-10g). Applied at every start and after every
 * deployment: grants missing are created, grants that differ are corrected, role grants
 * the table does not name are removed, and global grants (which would open a resource to
 * everyone) are deleted. Task work is not here: the engine grants READ and TASK_WORK on
 * each task to its assignee and candidates as the diagram names them. Nothing here grants
 * DELETE of deployments, definitions or history.
 */
@Component
class EngineAuthorizations {

	private static final Logger log = LoggerFactory.getLogger(EngineAuthorizations.class);
	static final String ANY = Authorization.ANY;

	private static final Set<Role> ALL = EnumSet.allOf(Role.class);

	private static final Set<Role> OVERSIGHT = EnumSet.of(Role.QUALITY_MANAGER, Role.AUDITOR, Role.INSPECTOR);

	record Grant(Role role, Resource resource, String resourceId, Set<Permission> permissions) {
	}

	private final AuthorizationService authorizations;

	private final RepositoryService repository;

	EngineAuthorizations(AuthorizationService authorizations, RepositoryService repository) {
		this.authorizations = authorizations;
		this.repository = repository;
	}

	/** The fixed part of the table: what each role may do everywhere. */
	static List<Grant> fixedGrants() {
		List<Grant> grants = new ArrayList<>();
		// the Tasklist for everyone who works tasks; Cockpit for those who follow or
		// inspect processes; never the admin app
		add(grants, EnumSet.complementOf(EnumSet.of(Role.ADMIN)), APPLICATION, "tasklist", Permissions.ACCESS);
		add(grants, EnumSet.of(Role.QUALITY_MANAGER, Role.PROCESS_OWNER, Role.AUDITOR, Role.INSPECTOR), APPLICATION,
				"cockpit", Permissions.ACCESS);
		add(grants, ALL, USER, ANY, Permissions.READ);
		add(grants, ALL, GROUP, ANY, Permissions.READ);
		add(grants, ALL, FILTER, ANY, Permissions.READ);
		add(grants, EnumSet.of(Role.ADMIN), FILTER, ANY, Permissions.CREATE, Permissions.UPDATE, Permissions.DELETE);
		add(grants, ALL, DEPLOYMENT, ANY, Permissions.READ);
		add(grants, ALL, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
				ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE);
		add(grants, ALL, DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
		add(grants, ALL, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
		add(grants, EnumSet.of(Role.PROCESS_OWNER, Role.QUALITY_MANAGER), DECISION_DEFINITION, ANY,
				Permissions.CREATE_INSTANCE);
		add(grants, ALL, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
		// creating an instance also needs CREATE_INSTANCE on the definition, granted per
		// model to its candidate starters
		add(grants, EnumSet.complementOf(EnumSet.of(Role.INSPECTOR, Role.ADMIN, Role.AUDITOR)), PROCESS_INSTANCE, ANY,
				ProcessInstancePermissions.CREATE);
		add(grants, OVERSIGHT, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_TASK);
		add(grants, OVERSIGHT, TASK, ANY, TaskPermissions.READ);
		add(grants, OVERSIGHT, OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
		add(grants, OVERSIGHT, BATCH, ANY, BatchPermissions.READ, BatchPermissions.READ_HISTORY);
		add(grants, EnumSet.of(Role.ADMIN, Role.IT_SECURITY, Role.AUDITOR, Role.INSPECTOR), AUTHORIZATION, ANY,
				Permissions.READ);
		add(grants, EnumSet.of(Role.ADMIN, Role.IT_SECURITY), SYSTEM, ANY, SystemPermissions.READ);
		// the quality manager may move a record outside its diagram; the command guard
		// also wants a reason each time
		add(grants, EnumSet.of(Role.QUALITY_MANAGER), PROCESS_DEFINITION, ANY,
				ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.DELETE_INSTANCE,
				ProcessDefinitionPermissions.MIGRATE_INSTANCE, ProcessDefinitionPermissions.SUSPEND,
				ProcessDefinitionPermissions.SUSPEND_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB,
				ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE, ProcessDefinitionPermissions.UPDATE_TASK,
				ProcessDefinitionPermissions.TASK_ASSIGN, ProcessDefinitionPermissions.UPDATE_TASK_VARIABLE);
		add(grants, EnumSet.of(Role.QUALITY_MANAGER), PROCESS_INSTANCE, ANY, ProcessInstancePermissions.UPDATE,
				ProcessInstancePermissions.DELETE, ProcessInstancePermissions.SUSPEND,
				ProcessInstancePermissions.RETRY_JOB, ProcessInstancePermissions.UPDATE_VARIABLE);
		add(grants, EnumSet.of(Role.QUALITY_MANAGER), TASK, ANY, TaskPermissions.TASK_ASSIGN);
		add(grants, EnumSet.of(Role.QUALITY_MANAGER), BATCH, ANY,
				BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES,
				BatchPermissions.CREATE_BATCH_MODIFY_PROCESS_INSTANCES,
				BatchPermissions.CREATE_BATCH_RESTART_PROCESS_INSTANCES,
				BatchPermissions.CREATE_BATCH_DELETE_RUNNING_PROCESS_INSTANCES,
				BatchPermissions.CREATE_BATCH_SET_JOB_RETRIES,
				BatchPermissions.CREATE_BATCH_UPDATE_PROCESS_INSTANCES_SUSPEND,
				BatchPermissions.CREATE_BATCH_SET_VARIABLES, BatchPermissions.CREATE_BATCH_CORRELATE_MESSAGE);
		return merge(grants);
	}

	/**
	 * CREATE_INSTANCE on each process, for the groups its model names as candidate
	 * starters (camunda:candidateStarterGroups).
	 */
	List<Grant> starterGrants() {
		List<Grant> grants = new ArrayList<>();
		for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
			repository.getIdentityLinksForProcessDefinition(definition.getId())
				.stream()
				.flatMap(l -> Role.fromGroupId(l.getGroupId()).stream())
				.distinct()
				.forEach(role -> add(grants, EnumSet.of(role), PROCESS_DEFINITION, definition.getKey(),
						ProcessDefinitionPermissions.CREATE_INSTANCE));
		}
		return grants;
	}

	/**
	 * Brings the engine's role authorizations to exactly the table. Runs without an
	 * authenticated user (system).
	 */
	synchronized void provision() {
		Map<String, Grant> wanted = new LinkedHashMap<>();
		for (Grant g : merge(concat(fixedGrants(), starterGrants()))) {
			wanted.put(key(g.role().groupId(), g.resource().resourceType(), g.resourceId()), g);
		}
		int created = 0;
		int changed = 0;
		int removed = 0;
		for (Authorization a : authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GLOBAL)
			.list()) {
			authorizations.deleteAuthorization(a.getId());
			removed++;
		}
		String[] roles = Role.groupIds(EnumSet.allOf(Role.class)).toArray(String[]::new);
		for (Authorization a : authorizations.createAuthorizationQuery()
			.groupIdIn(roles)
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.list()) {
			if (a.getResourceType() == TASK.resourceType() && !ANY.equals(a.getResourceId())) {
				continue; // the engine's own per-task grants to candidates and assignees
			}
			Grant g = wanted.remove(key(a.getGroupId(), a.getResourceType(), a.getResourceId()));
			if (g == null) {
				authorizations.deleteAuthorization(a.getId());
				removed++;
			}
			else if (!names(a.getPermissions(permissionsOf(g.resource()))).equals(names(g.permissions()))) {
				a.setPermissions(g.permissions().toArray(Permission[]::new));
				authorizations.saveAuthorization(a);
				changed++;
			}
		}
		for (Grant g : wanted.values()) {
			Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			a.setGroupId(g.role().groupId());
			a.setResource(g.resource());
			a.setResourceId(g.resourceId());
			a.setPermissions(g.permissions().toArray(Permission[]::new));
			authorizations.saveAuthorization(a);
			created++;
		}
		if (created + changed + removed > 0) {
			log.info("Engine authorizations provisioned from roles: {} created, {} corrected, {} removed", created,
					changed, removed);
		}
	}

	private static Permission[] permissionsOf(Resource resource) {
		return ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType());
	}

	private static Set<String> names(Permission[] permissions) {
		return Arrays.stream(permissions)
			.filter(p -> p.getValue() != 0 && p.getValue() != Integer.MAX_VALUE)
			.map(Permission::getName)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> names(Set<Permission> permissions) {
		return names(permissions.toArray(Permission[]::new));
	}

	private static String key(String group, int resourceType, String resourceId) {
		return group + "|" + resourceType + "|" + resourceId;
	}

	private static void add(List<Grant> grants, Set<Role> roles, Resource resource, String resourceId,
			Permission... permissions) {
		roles.forEach(
				r -> grants.add(new Grant(r, resource, resourceId, new LinkedHashSet<>(Arrays.asList(permissions)))));
	}

	private static List<Grant> concat(List<Grant> a, List<Grant> b) {
		List<Grant> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/**
	 * One grant per (role, resource, id): the permissions of the rows that name the same
	 * three are joined.
	 */
	private static List<Grant> merge(List<Grant> grants) {
		Map<String, Grant> merged = new LinkedHashMap<>();
		for (Grant g : grants) {
			merged.merge(key(g.role().groupId(), g.resource().resourceType(), g.resourceId()), g, (x, y) -> {
				Set<Permission> p = new LinkedHashSet<>(x.permissions());
				p.addAll(y.permissions());
				return new Grant(x.role(), x.resource(), x.resourceId(), p);
			});
		}
		return new ArrayList<>(merged.values());
	}

}
