package org.gxpbridge.workflow;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gxpbridge.workflow.EngineRestOperations.Operation;

/**
 * A plausible request for each engine REST write: real ids of the fixtures in the path
 * and in the body, and a body that would do the damage if nothing refused it (move the
 * instance past the review, delete the finished instance's history, rename the
 * document...). Placeholders in braces are replaced from {@link MatrixFixtures#ids()};
 * {me} is the acting user.
 */
final class MatrixRequests {

	record Request(String method, String path, String contentType, String body) {
	}

	static final String BOUNDARY = "gxpMatrixBoundary";

	private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

	private static final String PAST = "\"2000-01-01T00:00:00.000+0000\"";

	private static final String TAMPER = "{\"documentTitle\":{\"value\":\"Tampered by the matrix\"}}";

	private static final String SKIP_REVIEW = "[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ApproveDocument\"},"
			+ "{\"type\":\"cancel\",\"activityId\":\"Task_ReviewDocument\"}]";

	private static final String START_VARS = "{\"documentNumber\":{\"value\":\"MATRIX-{me}\"},\"documentTitle\":{\"value\":\"Matrix\"},"
			+ "\"documentVersion\":{\"value\":\"1.0\"},\"changeSummary\":{\"value\":\"matrix start\"}}";

	private static final String MIGRATION_PLAN = "{\"sourceProcessDefinitionId\":\"{def}\",\"targetProcessDefinitionId\":\"{def}\","
			+ "\"instructions\":[{\"sourceActivityIds\":[\"Task_ReviewDocument\"],\"targetActivityIds\":[\"Task_ApproveDocument\"]}]}";

	private static final String PROBE_BPMN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
			+ " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"matrix\"><process id=\"MatrixProbeProcess\""
			+ " isExecutable=\"true\" camunda:historyTimeToLive=\"1\"><startEvent id=\"StartEvent_Probe\"/></process></definitions>";

	/**
	 * Bodies by operationId (or operationId+variant); operations not named here send "{}"
	 * or no body.
	 */
	private static final Map<String, String> BODIES = Map.<String, String>ofEntries(Map.entry("createAuthorization",
			"{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"{me}\",\"resourceType\":0,\"resourceId\":\"*\"}"),
			Map.entry("updateAuthorization",
					"{\"permissions\":[\"ALL\"],\"userId\":\"{me}\",\"resourceType\":0,\"resourceId\":\"*\"}"),
			Map.entry("updateBatchSuspensionState", "{\"suspended\":true}"),
			Map.entry("evaluateCondition", "{\"variables\":" + TAMPER + ",\"processDefinitionId\":\"{def}\"}"),
			Map.entry("evaluateDecisionByKey", "{\"variables\":{\"meaning\":{\"value\":\"REVIEWED\"}}}"),
			Map.entry("evaluateDecisionByKeyAndTenant", "{\"variables\":{\"meaning\":{\"value\":\"REVIEWED\"}}}"),
			Map.entry("evaluateDecisionById", "{\"variables\":{\"meaning\":{\"value\":\"REVIEWED\"}}}"),
			Map.entry("redeploy", "{\"source\":\"matrix\"}"),
			Map.entry("createIncident",
					"{\"incidentType\":\"matrixProbe\",\"configuration\":\"x\",\"message\":\"probe\"}"),
			Map.entry("modifyLocalExecutionVariables", "{\"modifications\":" + TAMPER + "}"),
			Map.entry("triggerEvent", "{\"variables\":" + TAMPER + "}"),
			Map.entry("signalExecution", "{\"variables\":" + TAMPER + "}"),
			Map.entry("fetchAndLock",
					"{\"workerId\":\"matrix\",\"maxTasks\":1,\"topics\":[{\"topicName\":\"any\",\"lockDuration\":1000}]}"),
			Map.entry("setExternalTaskRetries", "{\"retries\":0,\"processInstanceIds\":[\"{pi}\"]}"),
			Map.entry("setExternalTaskRetriesAsyncOperation", "{\"retries\":0,\"processInstanceIds\":[\"{pi}\"]}"),
			Map.entry("handleExternalTaskBpmnError",
					"{\"workerId\":\"matrix\",\"errorCode\":\"Error_SignatureInvalid\"}"),
			Map.entry("completeExternalTaskResource", "{\"workerId\":\"matrix\"}"),
			Map.entry("extendLock", "{\"workerId\":\"matrix\",\"newDuration\":1000}"),
			Map.entry("handleFailure",
					"{\"workerId\":\"matrix\",\"errorMessage\":\"x\",\"retries\":0,\"retryTimeout\":0}"),
			Map.entry("lock", "{\"workerId\":\"matrix\",\"lockDuration\":1000}"),
			Map.entry("setExternalTaskResourcePriority", "{\"priority\":10}"),
			Map.entry("setExternalTaskResourceRetries", "{\"retries\":0}"),
			Map.entry("createFilter",
					"{\"resourceType\":\"Task\",\"name\":\"Matrix filter {me}\",\"owner\":\"{me}\",\"query\":{\"candidateGroup\":\"REVIEWER\"},\"properties\":{}}"),
			Map.entry("updateFilter",
					"{\"resourceType\":\"Task\",\"name\":\"Matrix filter {me}\",\"owner\":\"{me}\",\"query\":{\"candidateGroup\":\"REVIEWER\"},\"properties\":{}}"),
			Map.entry("createFilter+expression",
					"{\"resourceType\":\"Task\",\"name\":\"Matrix expression {me}\",\"owner\":\"{me}\",\"query\":{\"assigneeExpression\":\"${currentUser()}\"},\"properties\":{}}"),
			Map.entry("updateFilter+expression",
					"{\"resourceType\":\"Task\",\"name\":\"Matrix expression {me}\",\"owner\":\"{me}\",\"query\":{\"assigneeExpression\":\"${currentUser()}\"},\"properties\":{}}"),
			Map.entry("createGroup", "{\"id\":\"matrix-group\",\"name\":\"Matrix\",\"type\":\"WORKFLOW\"}"),
			Map.entry("updateGroup", "{\"id\":\"REVIEWER\",\"name\":\"Renamed by the matrix\",\"type\":\"WORKFLOW\"}"),
			Map.entry("setRemovalTimeAsyncHistoricBatch",
					"{\"historicBatchIds\":[\"{batch}\"],\"absoluteRemovalTime\":" + PAST + "}"),
			Map.entry("deleteAsync", "{\"historicDecisionInstanceIds\":[\"{hdec}\"],\"deleteReason\":\"matrix\"}"),
			Map.entry("setRemovalTimeAsyncHistoricDecisionInstance",
					"{\"historicDecisionInstanceIds\":[\"{hdec}\"],\"absoluteRemovalTime\":" + PAST + "}"),
			Map.entry("deleteHistoricProcessInstancesAsync",
					"{\"historicProcessInstanceIds\":[\"{pi2}\"],\"deleteReason\":\"matrix\"}"),
			Map.entry("setRemovalTimeAsync",
					"{\"historicProcessInstanceIds\":[\"{pi2}\"],\"absoluteRemovalTime\":" + PAST + "}"),
			Map.entry("setAnnotationUserOperationLog", "{\"annotation\":\"tampered by the matrix\"}"),
			Map.entry("checkPassword", "{\"password\":\"weak\"}"),
			Map.entry("verifyUser", "{\"username\":\"{me}\",\"password\":\"Gxp-Demo-2026!\"}"),
			Map.entry("setIncidentAnnotation", "{\"annotation\":\"tampered by the matrix\"}"),
			Map.entry("updateSuspensionStateJobDefinitions",
					"{\"processDefinitionKey\":\"DocumentApprovalProcess\",\"suspended\":true,\"includeJobs\":true}"),
			Map.entry("setJobPriorityJobDefinition", "{\"priority\":10,\"includeJobs\":true}"),
			Map.entry("setJobRetriesJobDefinition", "{\"retries\":0}"),
			Map.entry("updateSuspensionStateJobDefinition", "{\"suspended\":true,\"includeJobs\":true}"),
			Map.entry("setJobRetriesAsyncOperation", "{\"jobIds\":[\"{job}\"],\"retries\":0}"),
			Map.entry("updateSuspensionStateBy", "{\"jobDefinitionId\":\"{jobdef}\",\"suspended\":true}"),
			Map.entry("setJobDuedate", "{\"duedate\":\"2099-01-01T00:00:00.000+0000\"}"),
			Map.entry("setJobPriority", "{\"priority\":10}"), Map.entry("setJobRetries", "{\"retries\":0}"),
			Map.entry("updateJobSuspensionState", "{\"suspended\":true}"),
			Map.entry("deliverMessage",
					"{\"messageName\":\"Message_ApprovalReplyReceived\",\"processInstanceId\":\"{pi}\",\"all\":true}"),
			Map.entry("executeMigrationPlan",
					"{\"migrationPlan\":" + MIGRATION_PLAN
							+ ",\"processInstanceIds\":[\"{pi}\"],\"skipCustomListeners\":true}"),
			Map.entry("executeMigrationPlanAsync",
					"{\"migrationPlan\":" + MIGRATION_PLAN
							+ ",\"processInstanceIds\":[\"{pi}\"],\"skipCustomListeners\":true}"),
			Map.entry("generateMigrationPlan",
					"{\"sourceProcessDefinitionId\":\"{def}\",\"targetProcessDefinitionId\":\"{def}\"}"),
			Map.entry("validateMigrationPlan", MIGRATION_PLAN),
			Map.entry("executeModification",
					"{\"processDefinitionId\":\"{def}\",\"processInstanceIds\":[\"{pi}\"],\"instructions\":"
							+ "[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ApproveDocument\"}],\"skipCustomListeners\":true}"),
			Map.entry("executeModificationAsync",
					"{\"processDefinitionId\":\"{def}\",\"processInstanceIds\":[\"{pi}\"],\"instructions\":"
							+ "[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ApproveDocument\"}],\"skipCustomListeners\":true}"),
			Map.entry("updateHistoryTimeToLive", "{\"historyTimeToLive\":1}"),
			Map.entry("start", "{\"businessKey\":\"MATRIX-{me}\",\"variables\":" + START_VARS + "}"),
			Map.entry("start+startInstructions", "{\"businessKey\":\"MATRIX-SI-{me}\",\"variables\":" + START_VARS
					+ ",\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ApproveDocument\"}]}"),
			Map.entry("start+skipCustomListeners", "{\"businessKey\":\"MATRIX-SK-{me}\",\"variables\":" + START_VARS
					+ ",\"skipCustomListeners\":true,\"skipIoMappings\":true,\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ReviewDocument\"}]}"),
			Map.entry("submitForm", "{\"businessKey\":\"MATRIX-FORM-{me}\",\"variables\":" + START_VARS + "}"),
			Map.entry("suspendDefinition",
					"{\"suspended\":true,\"includeProcessInstances\":true,\"processDefinitionKey\":\"DocumentApprovalProcess\"}"),
			Map.entry("restartProcessInstance",
					"{\"processInstanceIds\":[\"{pi2}\"],\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ApproveDocument\"}],\"skipCustomListeners\":true}"),
			Map.entry("restartProcessInstanceAsyncOperation",
					"{\"processInstanceIds\":[\"{pi2}\"],\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ApproveDocument\"}],\"skipCustomListeners\":true}"),
			Map.entry("deleteProcessInstancesAsyncOperation",
					"{\"processInstanceIds\":[\"{pi}\"],\"deleteReason\":\"matrix\",\"skipCustomListeners\":true}"),
			Map.entry("deleteAsyncHistoricQueryBased",
					"{\"historicProcessInstanceQuery\":{\"processInstanceIds\":[\"{pi}\"]},\"deleteReason\":\"matrix\"}"),
			Map.entry("setRetriesByProcess", "{\"processInstances\":[\"{pi}\"],\"retries\":0}"),
			Map.entry("setRetriesByProcessHistoricQueryBased",
					"{\"historicProcessInstanceQuery\":{\"processInstanceIds\":[\"{pi}\"]},\"retries\":0}"),
			Map.entry("correlateMessageAsyncOperation",
					"{\"messageName\":\"Message_ApprovalReplyReceived\",\"processInstanceIds\":[\"{pi}\"]}"),
			Map.entry("updateSuspensionState", "{\"processInstanceIds\":[\"{pi}\"],\"suspended\":true}"),
			Map.entry("updateSuspensionStateAsyncOperation", "{\"processInstanceIds\":[\"{pi}\"],\"suspended\":true}"),
			Map.entry("setVariablesAsyncOperation", "{\"processInstanceIds\":[\"{pi}\"],\"variables\":" + TAMPER + "}"),
			Map.entry("updateProcessInstanceComment",
					"{\"id\":\"{comment}\",\"processInstanceId\":\"{pi}\",\"message\":\"tampered by the matrix\"}"),
			Map.entry("updateTaskComment",
					"{\"id\":\"{comment}\",\"taskId\":\"{task}\",\"message\":\"tampered by the matrix\"}"),
			Map.entry("modifyProcessInstance",
					"{\"instructions\":" + SKIP_REVIEW + ",\"skipCustomListeners\":true,\"annotation\":\"matrix\"}"),
			Map.entry("modifyProcessInstanceAsyncOperation",
					"{\"instructions\":" + SKIP_REVIEW + ",\"skipCustomListeners\":true,\"annotation\":\"matrix\"}"),
			Map.entry("updateSuspensionStateById", "{\"suspended\":true}"),
			Map.entry("updateProcessDefinitionSuspensionStateById",
					"{\"suspended\":true,\"includeProcessInstances\":true}"),
			Map.entry("updateProcessDefinitionSuspensionStateByKey",
					"{\"suspended\":true,\"includeProcessInstances\":true}"),
			Map.entry("updateProcessDefinitionSuspensionStateByKeyAndTenantId",
					"{\"suspended\":true,\"includeProcessInstances\":true}"),
			Map.entry("modifyProcessInstanceVariables", "{\"modifications\":" + TAMPER + "}"),
			Map.entry("modifyTaskVariables", "{\"modifications\":" + TAMPER + "}"),
			Map.entry("modifyTaskLocalVariables", "{\"modifications\":" + TAMPER + "}"),
			Map.entry("putVariable", "{\"value\":\"Tampered by the matrix\",\"type\":\"String\"}"),
			Map.entry("throwSignal", "{\"name\":\"matrixSignal\",\"variables\":" + TAMPER + "}"),
			Map.entry("createTask", "{\"id\":\"matrix-free-task\",\"name\":\"Free-standing task\"}"),
			Map.entry("updateTask", "{\"name\":\"Renamed by the matrix\",\"assignee\":\"{me}\",\"priority\":1}"),
			Map.entry("setAssignee", "{\"userId\":\"reviewer\"}"),
			Map.entry("delegateTask", "{\"userId\":\"reviewer\"}"),
			Map.entry("handleBpmnError", "{\"errorCode\":\"Error_SignatureInvalid\",\"errorMessage\":\"matrix\"}"),
			Map.entry("handleEscalation", "{\"escalationCode\":\"matrix\"}"),
			Map.entry("claim", "{\"userId\":\"{me}\"}"), Map.entry("createComment", "{\"message\":\"matrix comment\"}"),
			Map.entry("completeTask", "{\"variables\":{\"reviewOutcome\":{\"value\":\"ACCEPTED\"}}}"),
			Map.entry("addIdentityLink", "{\"userId\":\"itsec\",\"type\":\"candidate\"}"),
			Map.entry("deleteIdentityLink", "{\"groupId\":\"REVIEWER\",\"type\":\"candidate\"}"),
			Map.entry("configureTelemetry", "{\"enableTelemetry\":true}"),
			Map.entry("createTenant", "{\"id\":\"matrix-tenant\",\"name\":\"Matrix\"}"),
			Map.entry("updateTenant", "{\"id\":\"no-tenant\",\"name\":\"Matrix\"}"),
			Map.entry("createUser",
					"{\"profile\":{\"id\":\"matrix-user\",\"firstName\":\"Matrix\",\"lastName\":\"Probe\",\"email\":\"m@example.org\"},"
							+ "\"credentials\":{\"password\":\"Matrix-Probe-2026!\"}}"),
			Map.entry("updateCredentials",
					"{\"password\":\"Gxp-Demo-2026!\",\"authenticatedUserPassword\":\"Gxp-Demo-2026!\"}"),
			Map.entry("updateProfile",
					"{\"id\":\"reviewer\",\"firstName\":\"Renamed\",\"lastName\":\"By Matrix\",\"email\":\"r@example.org\"}"));

	/** Query strings that make a delete as destructive as it can be. */
	private static final Map<String, String> QUERIES = Map.of("deleteBatch", "?cascade=true", "deleteDeployment",
			"?cascade=true&skipCustomListeners=true", "deleteProcessDefinition",
			"?cascade=true&skipCustomListeners=true", "deleteProcessDefinitionsByKey",
			"?cascade=true&skipCustomListeners=true", "deleteProcessDefinitionsByKeyAndTenantId", "?cascade=true",
			"deleteProcessInstance", "?skipCustomListeners=true&skipIoMappings=true", "cleanupAsync",
			"?immediatelyDue=true", "deleteTaskMetrics", "");

	private MatrixRequests() {
	}

	static Request build(Operation op, Map<String, String> ids, String me) {
		String path = pathFor(op.path(), ids) + QUERIES.getOrDefault(op.id(), "");
		if (op.path().endsWith("/data")) {
			return new Request(op.method(), path, multipart(),
					multipart("data", "probe.bin", "tampered", "valueType", "Bytes"));
		}
		if (op.is("createDeployment")) {
			return new Request(op.method(), path, multipart(),
					multipart("data", "matrix-probe.bpmn", PROBE_BPMN, "deployment-name", "matrix-probe"));
		}
		if (op.is("addAttachment")) {
			return new Request(op.method(), path, multipart(), multipart("content", "matrix.txt", "matrix attachment",
					"attachment-name", "matrix.txt", "attachment-type", "text/plain"));
		}
		String body = BODIES.get(op.label());
		if (body == null) {
			body = BODIES.get(op.id());
		}
		if (body == null && family(op) != null) {
			body = BODIES.get(family(op));
		}
		if (body == null) {
			return "DELETE".equals(op.method()) ? new Request(op.method(), path, null, null)
					: new Request(op.method(), path, "application/json", "{}");
		}
		return new Request(op.method(), path, "application/json", fill(body, ids, me));
	}

	/** Operations that share a body with their by-id/by-key/by-tenant siblings. */
	private static String family(Operation op) {
		String v = op.variant() == null ? "" : "+" + op.variant();
		if (op.id().startsWith("startProcessInstance")) {
			return "start" + v;
		}
		if (op.id().startsWith("submitForm")) {
			return "submitForm";
		}
		if (op.id().startsWith("updateHistoryTimeToLive")) {
			return "updateHistoryTimeToLive";
		}
		if (op.is("updateProcessDefinitionSuspensionState")) {
			return "suspendDefinition";
		}
		if (op.is("complete", "submit", "resolve")) {
			return "completeTask";
		}
		if (op.id().startsWith("put") || op.is("setProcessInstanceVariable")) {
			return "putVariable";
		}
		return null;
	}

	static String fill(String text, Map<String, String> ids, String me) {
		String out = text.replace("{me}", me == null ? "anonymous" : me);
		for (Map.Entry<String, String> id : ids.entrySet()) {
			out = out.replace("{" + id.getKey() + "}", id.getValue());
		}
		return out;
	}

	/** Each path parameter gets the id of the fixture it names. */
	static String pathFor(String template, Map<String, String> ids) {
		Matcher m = PARAM.matcher(template);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String before = template.substring(0, m.start());
			m.appendReplacement(out, Matcher.quoteReplacement(valueFor(before, m.group(1), ids)));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String valueFor(String before, String name, Map<String, String> ids) {
		switch (name) {
			case "varName":
				return "documentTitle";
			case "messageName":
				return "Message_ApprovalReplyReceived";
			case "tenant-id":
				return "no-tenant";
			case "userId":
				return "reviewer";
			case "groupId":
				return "REVIEWER";
			case "commentId":
				return ids.get("comment");
			case "attachmentId":
				return ids.get("attachment");
			case "operationId":
				return ids.get("oplog");
			case "key":
				return before.startsWith("/decision-definition") ? ids.get("deckey") : "DocumentApprovalProcess";
			default:
				break;
		}
		String[] prefixes = { "/authorization/", "auth", "/history/batch/", "batch", "/batch/", "batch",
				"/decision-definition/", "dec", "/deployment/", "dep", "/execution/", "exec", "/external-task/",
				"noExternalTask", "/filter/", "filter", "/group/", "group", "/history/process-instance/", "pi2",
				"/history/variable-instance/", "hvar", "/incident/", "incident", "/job-definition/", "jobdef", "/job/",
				"job", "/process-definition/", "def", "/process-instance/", "pi", "/task/", "task", "/tenant/",
				"tenant", "/user/", "user" };
		for (int i = 0; i < prefixes.length; i += 2) {
			if (before.startsWith(prefixes[i])) {
				return ids.get(prefixes[i + 1]);
			}
		}
		throw new IllegalStateException("No fixture for path parameter " + name + " after " + before);
	}

	static String multipart() {
		return "multipart/form-data; boundary=" + BOUNDARY;
	}

	/** fileField, fileName, fileContent, then name/value pairs of plain fields. */
	static String multipart(String fileField, String fileName, String content, String... fields) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < fields.length; i += 2) {
			b.append("--")
				.append(BOUNDARY)
				.append("\r\nContent-Disposition: form-data; name=\"")
				.append(fields[i])
				.append("\"\r\n\r\n")
				.append(fields[i + 1])
				.append("\r\n");
		}
		b.append("--")
			.append(BOUNDARY)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(fileField)
			.append("\"; filename=\"")
			.append(fileName)
			.append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.append(content)
			.append("\r\n--")
			.append(BOUNDARY)
			.append("--\r\n");
		return b.toString();
	}

}
