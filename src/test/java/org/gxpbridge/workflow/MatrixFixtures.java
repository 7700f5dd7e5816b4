package org.gxpbridge.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.gxpbridge.support.Http;

/**
 * The real objects the matrix aims at: a document approval waiting, unassigned, at its
 * review (a signing step), a finished one with its history, their definition and
 * deployment, the signature policy decision, a batch with its seed job, an incident, a
 * comment, an attachment, a task filter, an operation log entry. {@link #snapshot()} is
 * what a user or inspector would check afterwards; {@link #heal()} puts things back so
 * one breach does not hide the next. Fixtures are made and repaired through the Java API
 * with no authenticated user: setup, not part of the test.
 */
final class MatrixFixtures {

	/**
	 * Authorizations the engine itself grants and revokes as work happens (on a task's
	 * assignee, on a new instance), by resource type: TASK, PROCESS_INSTANCE,
	 * HISTORIC_TASK, HISTORIC_PROCESS_INSTANCE. The rest must not change.
	 */
	private static final Set<Integer> PER_INSTANCE = Set.of(7, 8, 19, 20);

	private final ProcessEngine engine;

	private final int port;

	private final Map<String, String> ids = new LinkedHashMap<>();

	private Map<String, String> baseline = Map.of();

	private final Runnable redeployModels;

	MatrixFixtures(ProcessEngine engine, int port, Runnable redeployModels) {
		this.engine = engine;
		this.port = port;
		this.redeployModels = redeployModels;
	}

	Map<String, String> ids() {
		return ids;
	}

	void create() {
		ensureModels();
		ProcessDefinition def = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey("DocumentApprovalProcess")
			.latestVersion()
			.singleResult();
		DecisionDefinition dec = engine.getRepositoryService()
			.createDecisionDefinitionQuery()
			.decisionDefinitionKey("SignaturePolicyDecision")
			.latestVersion()
			.singleResult();
		ids.put("def", def.getId());
		ids.put("dep", def.getDeploymentId());
		ids.put("dec", dec.getId());
		ids.put("deckey", dec.getKey());
		ids.put("noExternalTask", "no-such-external-task");
		ids.put("group", "REVIEWER");
		ids.put("user", "reviewer");
		ids.put("tenant", "no-tenant");
		if (!ids.containsKey("pi2") || engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceId(ids.get("pi2"))
			.count() == 0) {
			createFinishedInstance();
		}
		createRunningInstance();
		Batch batch = engine.getHistoryService()
			.setRemovalTimeToHistoricProcessInstances()
			.clearedRemovalTime()
			.byIds(ids.get("pi2"))
			.executeAsync();
		ids.put("batch", batch.getId());
		ids.put("jobdef", batch.getSeedJobDefinitionId());
		ids.put("job",
				engine.getManagementService()
					.createJobQuery()
					.jobDefinitionId(batch.getSeedJobDefinitionId())
					.singleResult()
					.getId());
		Filter filter = engine.getFilterService()
			.newTaskFilter("Matrix fixture filter")
			.setOwner("qm")
			.setQuery(engine.getTaskService().createTaskQuery().taskCandidateGroup("REVIEWER"));
		ids.put("filter", engine.getFilterService().saveFilter(filter).getId());
		var auth = engine.getAuthorizationService().createAuthorizationQuery().listPage(0, 1);
		ids.put("auth", auth.isEmpty() ? "no-such-authorization" : auth.get(0).getId());
		var hdec = engine.getHistoryService().createHistoricDecisionInstanceQuery().listPage(0, 1);
		ids.put("hdec", hdec.isEmpty() ? "no-such-decision-instance" : hdec.get(0).getId());
		baseline = snapshot();
	}

	private void createFinishedInstance() {
		String pi = start("MATRIX-FINISHED-" + UUID.randomUUID().toString().substring(0, 8));
		String review = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId();
		Http.Response signed = Http.as(port, "reviewer")
			.post("/api/tasks/" + review + "/sign", Map.of("meaning", "REVIEWED", "password", Http.DEMO_PASSWORD,
					"variables", Map.of("reviewOutcome", "REJECTED")));
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		ids.put("pi2", pi);
		ids.put("hvar",
				engine.getHistoryService()
					.createHistoricVariableInstanceQuery()
					.processInstanceId(pi)
					.variableName("documentTitle")
					.singleResult()
					.getId());
	}

	private void createRunningInstance() {
		String pi = start("MATRIX-RUNNING-" + UUID.randomUUID().toString().substring(0, 8));
		Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
		ids.put("pi", pi);
		ids.put("task", task.getId());
		ids.put("exec", task.getExecutionId());
		ids.put("comment", engine.getTaskService().createComment(task.getId(), pi, "fixture comment").getId());
		ids.put("attachment",
				engine.getTaskService()
					.createAttachment("text/plain", task.getId(), pi, "fixture.txt", "fixture",
							new ByteArrayInputStream("fixture".getBytes(StandardCharsets.UTF_8)))
					.getId());
		ids.put("incident",
				engine.getRuntimeService()
					.createIncident("matrixFixture", task.getExecutionId(), "fixture", "fixture incident")
					.getId());
		ids.put("oplog",
				engine.getHistoryService()
					.createUserOperationLogQuery()
					.processInstanceId(pi)
					.listPage(0, 1)
					.get(0)
					.getOperationId());
	}

	private String start(String number) {
		Http.Response r = Http.as(port, "owner")
			.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start",
					Map.of("businessKey", number, "variables", Http.vars("documentNumber", number, "documentTitle",
							"Matrix fixture", "documentVersion", "1.0", "changeSummary", "fixture")));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json().get("id").asText();
	}

	/**
	 * What must not change: each fact as text, so a difference reads as "key: before ->
	 * after".
	 */
	Map<String, String> snapshot() {
		var rs = engine.getRuntimeService();
		var ts = engine.getTaskService();
		var hs = engine.getHistoryService();
		var repo = engine.getRepositoryService();
		var ms = engine.getManagementService();
		Map<String, String> s = new TreeMap<>();
		String pi = ids.get("pi");
		var instance = rs.createProcessInstanceQuery().processInstanceId(pi).singleResult();
		s.put("instance", instance == null ? "gone"
				: "suspended=" + instance.isSuspended() + " at " + safe(() -> rs.getActiveActivityIds(pi)));
		Task task = ts.createTaskQuery().taskId(ids.get("task")).singleResult();
		s.put("task",
				task == null ? "gone"
						: task.getName() + " owner=" + task.getOwner() + " delegation=" + task.getDelegationState()
								+ " priority=" + task.getPriority() + " due=" + task.getDueDate() + " suspended="
								+ task.isSuspended());
		s.put("task.assignee", task == null ? "gone" : String.valueOf(task.getAssignee()));
		s.put("task.links",
				task == null ? "gone"
						: ts.getIdentityLinksForTask(task.getId())
							.stream()
							.map(l -> l.getType() + ":" + (l.getGroupId() != null ? l.getGroupId() : l.getUserId()))
							.sorted()
							.toList()
							.toString());
		s.put("task.localVariables",
				task == null ? "gone" : new TreeMap<>(ts.getVariablesLocal(task.getId())).keySet().toString());
		s.put("task.comments",
				ts.getTaskComments(ids.get("task")).stream().map(c -> c.getFullMessage()).sorted().toList().toString());
		s.put("task.attachments",
				ts.getTaskAttachments(ids.get("task"))
					.stream()
					.map(a -> a.getId() + " " + a.getName())
					.sorted()
					.toList()
					.toString());
		s.put("instance.comments",
				ts.getProcessInstanceComments(pi).stream().map(c -> c.getFullMessage()).sorted().toList().toString());
		s.put("instance.variables", instance == null ? "gone" : new TreeMap<>(rs.getVariables(pi)).toString());
		s.put("incidents",
				rs.createIncidentQuery()
					.processInstanceId(pi)
					.list()
					.stream()
					.map(i -> i.getIncidentType() + " annotation=" + i.getAnnotation())
					.sorted()
					.toList()
					.toString());
		HistoricProcessInstance finished = hs.createHistoricProcessInstanceQuery()
			.processInstanceId(ids.get("pi2"))
			.singleResult();
		s.put("finished", finished == null ? "gone"
				: finished.getState() + " removal=" + finished.getRemovalTime() + " variables="
						+ hs.createHistoricVariableInstanceQuery().processInstanceId(ids.get("pi2")).count() + " tasks="
						+ hs.createHistoricTaskInstanceQuery().processInstanceId(ids.get("pi2")).count() + " details="
						+ hs.createHistoricDetailQuery().processInstanceId(ids.get("pi2")).count());
		s.put("oplog",
				hs.createUserOperationLogQuery()
					.operationId(ids.get("oplog"))
					.list()
					.stream()
					.map(e -> e.getProperty() + " annotation=" + e.getAnnotation())
					.sorted()
					.toList()
					.toString());
		s.put("definitions",
				repo.createProcessDefinitionQuery()
					.list()
					.stream()
					.map(d -> d.getId() + " suspended=" + d.isSuspended() + " ttl=" + d.getHistoryTimeToLive())
					.sorted()
					.toList()
					.toString());
		s.put("decisions",
				repo.createDecisionDefinitionQuery()
					.list()
					.stream()
					.map(d -> d.getId() + " ttl=" + d.getHistoryTimeToLive())
					.sorted()
					.toList()
					.toString());
		s.put("deployments",
				repo.createDeploymentQuery().list().stream().map(Deployment::getId).sorted().toList().toString());
		Job job = ms.createJobQuery().jobId(ids.get("job")).singleResult();
		s.put("job", job == null ? "gone" : "retries=" + job.getRetries() + " suspended=" + job.isSuspended() + " due="
				+ job.getDuedate() + " priority=" + job.getPriority());
		s.put("jobDefinitions",
				ms.createJobDefinitionQuery()
					.list()
					.stream()
					.map(d -> d.getId() + " suspended=" + d.isSuspended() + " priority=" + d.getOverridingJobPriority())
					.sorted()
					.toList()
					.toString());
		s.put("batches",
				ms.createBatchQuery()
					.list()
					.stream()
					.map(b -> b.getId() + " suspended=" + b.isSuspended())
					.sorted()
					.toList()
					.toString());
		s.put("filters",
				engine.getFilterService()
					.createFilterQuery()
					.list()
					.stream()
					.map(f -> f.getId() + " " + f.getName() + " owner=" + f.getOwner())
					.sorted()
					.toList()
					.toString());
		s.put("authorizations",
				engine.getAuthorizationService()
					.createAuthorizationQuery()
					.list()
					.stream()
					.filter(a -> !PER_INSTANCE.contains(a.getResourceType()))
					.map(a -> a.getId() + " " + a.getUserId() + "/" + a.getGroupId() + " " + a.getResourceType() + ":"
							+ a.getResourceId() + " " + a.getAuthorizationType())
					.sorted()
					.toList()
					.toString());
		var identity = engine.getIdentityService();
		s.put("users",
				safe(() -> identity.createUserQuery()
					.list()
					.stream()
					.map(u -> u.getId() + " " + u.getFirstName() + " " + u.getLastName())
					.sorted()
					.toList()
					.toString()));
		s.put("groups",
				safe(() -> identity.createGroupQuery()
					.list()
					.stream()
					.map(g -> g.getId() + " " + g.getName())
					.sorted()
					.toList()
					.toString()));
		s.put("reviewerGroups",
				safe(() -> identity.createGroupQuery()
					.groupMember("reviewer")
					.list()
					.stream()
					.map(g -> g.getId())
					.sorted()
					.toList()
					.toString()));
		s.put("tenants", safe(() -> String.valueOf(identity.createTenantQuery().count())));
		s.put("telemetry", safe(() -> String.valueOf(ms.isTelemetryEnabled())));
		return s;
	}

	private static String safe(Supplier<Object> fact) {
		try {
			return String.valueOf(fact.get());
		}
		catch (RuntimeException e) {
			return "unreadable: " + e.getClass().getSimpleName();
		}
	}

	/**
	 * "key: before -> after" for each fact that differs from the baseline, ignoring the
	 * named keys.
	 */
	List<String> changes(Map<String, String> now, Collection<String> ignored) {
		List<String> out = new ArrayList<>();
		for (var e : baseline.entrySet()) {
			String after = now.get(e.getKey());
			if (ignored.contains(e.getKey()) || Objects.equals(e.getValue(), after)) {
				continue;
			}
			if (after != null && e.getValue().startsWith("[") && after.startsWith("[")) {
				// lists: only what went and what came
				List<String> before = List.of(e.getValue().substring(1, e.getValue().length() - 1).split(", "));
				List<String> later = List.of(after.substring(1, after.length() - 1).split(", "));
				out.add(e.getKey() + ": removed "
						+ abbreviate(before.stream().filter(x -> !later.contains(x)).toList().toString()) + ", added "
						+ abbreviate(later.stream().filter(x -> !before.contains(x)).toList().toString()));
			}
			else {
				out.add(e.getKey() + ": " + abbreviate(e.getValue()) + " -> " + abbreviate(after));
			}
		}
		return out;
	}

	private static String abbreviate(String s) {
		return s == null || s.length() < 300 ? s : s.substring(0, 300) + "...";
	}

	/**
	 * Undoes what a cell changed; where that is not possible, builds fresh fixtures and
	 * takes a new baseline.
	 */
	void heal(Map<String, String> now) {
		var repo = engine.getRepositoryService();
		var ms = engine.getManagementService();
		List<String> baselineDeployments = List.of(baseline.get("deployments").replaceAll("[\\[\\]]", "").split(", "));
		repo.createDeploymentQuery()
			.list()
			.stream()
			.filter(d -> !baselineDeployments.contains(d.getId()))
			.forEach(d -> repo.deleteDeployment(d.getId(), true, true));
		ensureModels();
		for (ProcessDefinition d : repo.createProcessDefinitionQuery().list()) {
			if (d.isSuspended()) {
				repo.activateProcessDefinitionById(d.getId(), true, null);
			}
			if (!Integer.valueOf(3650).equals(d.getHistoryTimeToLive())) {
				repo.updateProcessDefinitionHistoryTimeToLive(d.getId(), 3650);
			}
		}
		repo.createDecisionDefinitionQuery()
			.list()
			.stream()
			.filter(d -> !Integer.valueOf(3650).equals(d.getHistoryTimeToLive()))
			.forEach(d -> repo.updateDecisionDefinitionHistoryTimeToLive(d.getId(), 3650));
		ms.createJobDefinitionQuery().list().forEach(d -> {
			ms.activateJobDefinitionById(d.getId(), true);
			ms.clearOverridingJobPriorityForJobDefinition(d.getId());
		});
		ms.createBatchQuery().suspended().list().forEach(b -> ms.activateBatchById(b.getId()));
		String filters = baseline.get("filters");
		engine.getFilterService()
			.createFilterQuery()
			.list()
			.stream()
			.filter(f -> !filters.contains(f.getId()))
			.forEach(f -> engine.getFilterService().deleteFilter(f.getId()));
		String auths = baseline.get("authorizations");
		engine.getAuthorizationService()
			.createAuthorizationQuery()
			.list()
			.stream()
			.filter(a -> !PER_INSTANCE.contains(a.getResourceType()) && !auths.contains(a.getId()))
			.forEach(a -> engine.getAuthorizationService().deleteAuthorization(a.getId()));
		Task task = engine.getTaskService().createTaskQuery().taskId(ids.get("task")).singleResult();
		if (task != null && task.getAssignee() != null) {
			engine.getTaskService().setAssignee(task.getId(), null);
		}
		Map<String, String> after = snapshot();
		if (!changes(after, List.of()).isEmpty()) {
			var rs = engine.getRuntimeService();
			if (rs.createProcessInstanceQuery().processInstanceId(ids.get("pi")).count() > 0) {
				rs.deleteProcessInstance(ids.get("pi"), "matrix fixture replaced", true, true);
			}
			if (ms.createBatchQuery().batchId(ids.get("batch")).count() > 0) {
				ms.deleteBatch(ids.get("batch"), true);
			}
			engine.getFilterService()
				.createFilterQuery()
				.filterName("Matrix fixture filter")
				.list()
				.forEach(f -> engine.getFilterService().deleteFilter(f.getId()));
			create();
		}
	}

	/**
	 * The models must be deployed: a cell may have deleted their deployment (then the
	 * server's ModelDeployer deploys them again) or only a definition (then its
	 * deployment's resources are deployed anew).
	 */
	void ensureModels() {
		var repo = engine.getRepositoryService();
		if (repo.createProcessDefinitionQuery().processDefinitionKey("DocumentApprovalProcess").count() > 0
				&& repo.createDecisionDefinitionQuery().decisionDefinitionKey("SignaturePolicyDecision").count() > 0) {
			return;
		}
		Deployment models = repo.createDeploymentQuery()
			.deploymentName("gxp-bridge-models")
			.orderByDeploymentTime()
			.desc()
			.listPage(0, 1)
			.stream()
			.findFirst()
			.orElse(null);
		if (models == null) {
			redeployModels.run();
		}
		else {
			repo.createDeployment()
				.name(models.getName())
				.source(models.getSource())
				.addDeploymentResources(models.getId())
				.deploy();
		}
	}

	/**
	 * For cells that need the review task assigned first (unclaim): the baseline is
	 * unassigned.
	 */
	void assignReviewTo(String userId) {
		engine.getTaskService().setAssignee(ids.get("task"), userId);
	}

	String describe() {
		return ids.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
	}

}
