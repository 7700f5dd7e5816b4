package org.gxpbridge.modeling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;

/**
 * Our model contract (STYLE.md "Models"), one class for both sides: the build's
 * ProcessModelContractTests proves the shipped models with it, and the validator of
 * ModelChangeProcess refuses a draft that breaks it. Each rule is a stable code the
 * modeler's lint rules use too.
 */
public final class ModelContract {

	/**
	 * Ids the Camunda Modeler, bpmn-js and dmn-js generate ({@code Activity_0abc123},
	 * {@code Gateway_1x2y3z}, {@code UserTask_1}): meaningless to an inspector. The
	 * modeler's lint rule has the same prefixes and suffix in
	 * src/main/frontend/lint/rules/meaningful-id.cjs; both are tested against the one
	 * list of ids in src/main/frontend/lint/test/modeler-ids.json (ModelLintRulesTests).
	 * Change both together.
	 */
	public static final Pattern MODELER_DEFAULT_ID = Pattern.compile("^(" + String.join("|",
			List.of("Activity", "Task", "UserTask", "ServiceTask", "SendTask", "ReceiveTask", "ScriptTask",
					"ManualTask", "BusinessRuleTask", "CallActivity", "SubProcess", "Event", "StartEvent", "EndEvent",
					"BoundaryEvent", "IntermediateCatchEvent", "IntermediateThrowEvent", "Gateway", "ExclusiveGateway",
					"ParallelGateway", "InclusiveGateway", "EventBasedGateway", "Flow", "SequenceFlow", "MessageFlow",
					"Process", "DataObject", "DataObjectReference", "DataStoreReference", "Lane", "LaneSet",
					"Participant", "TextAnnotation", "Association", "Definitions", "Collaboration", "Message", "Signal",
					"Error", "Escalation", "Group", "Category", "CategoryValue", "Decision", "DecisionTable", "Form"))
	// the random suffix (six or seven of base 36 with at least one digit) or an older
	// counter
			+ ")_((?=[0-9a-z]*[0-9])[0-9a-z]{6,7}|[0-9]+)$");

	/** Meanings of dmn/signature-policy.dmn. */
	public static final Set<String> KNOWN_MEANINGS = Set.of("AUTHORED", "REVIEWED", "APPROVED", "RESPONSIBLE",
			"ACKNOWLEDGED", "VERIFIED");

	public static final String MEANINGFUL_ID = "meaningful-id";

	public static final String DIAGRAM = "diagram";

	public static final String DELEGATE = "delegate-expression";

	public static final String DOCUMENTATION = "documentation";

	public static final String CANDIDATES = "candidate-groups";

	public static final String FORM = "form-ref";

	public static final String MEANING = "signature-meaning";

	public static final String AUTHORING = "authoring-not-signing";

	public static final String HISTORY_TTL = "history-ttl";

	public static final String STARTERS = "candidate-starters";

	public static final String RECORD_FIELDS = "record-fields";

	private static final Pattern EXPRESSION_BEAN = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");

	private static final String MEANING_PROPERTY = "signature.meaning";

	private static final String AUTHORING_PROPERTY = "record.authoring";

	private static final String RECORD_FIELDS_PROPERTY = "record.fields";

	/**
	 * What a model is checked against.
	 *
	 * @param formKeys the field keys of each form (by form id) the model may refer to
	 * @param retentionDays {@code gxp.workflow.retention-days}; a process without its own
	 * entry must keep its history at least as long as the longest declared retention
	 * @param beanExists whether a delegate expression's bean exists in the server
	 */
	public record Context(Map<String, Set<String>> formKeys, Map<String, Integer> retentionDays,
			Predicate<String> beanExists) {

		int retentionOf(String processKey) {
			Integer own = retentionDays.get(processKey);
			return own != null ? own : retentionDays.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		}

	}

	private ModelContract() {
	}

	/** Every problem of the model against the contract; empty when it keeps it. */
	public static List<ModelProblem> check(BpmnModelInstance model, Context context) {
		List<ModelProblem> problems = new ArrayList<>();
		ids(model, problems);
		drawn(model, problems);
		delegates(model, context, problems);
		userTasks(model, context, problems);
		processes(model, context, problems);
		return problems;
	}

	private static void ids(BpmnModelInstance model, List<ModelProblem> problems) {
		for (BaseElement e : model.getModelElementsByType(BaseElement.class)) {
			if (e.getId() != null && MODELER_DEFAULT_ID.matcher(e.getId()).matches()) {
				problems.add(new ModelProblem(e.getId(), MEANINGFUL_ID, "'" + e.getId()
						+ "' is a Modeler default id: give it an id that says what it is (e.g. Task_ApproveDocument)"));
			}
		}
	}

	private static void drawn(BpmnModelInstance model, List<ModelProblem> problems) {
		Set<String> drawn = new HashSet<>();
		model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
		model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
		List<BaseElement> elements = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
		elements.addAll(model.getModelElementsByType(SequenceFlow.class));
		for (BaseElement e : elements) {
			if (!drawn.contains(e.getId())) {
				problems.add(new ModelProblem(e.getId(), DIAGRAM,
						e.getId() + " has no shape or edge: the modeler and the reports could not show it"));
			}
		}
	}

	private static void delegates(BpmnModelInstance model, Context context, List<ModelProblem> problems) {
		for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
			if (task.getCamundaClass() != null) {
				problems.add(new ModelProblem(task.getId(), DELEGATE,
						task.getId() + " uses camunda:class; name a bean with delegateExpression=\"${beanName}\""));
				continue;
			}
			Matcher m = EXPRESSION_BEAN.matcher(String.valueOf(task.getCamundaDelegateExpression()));
			if (!m.matches()) {
				problems.add(new ModelProblem(task.getId(), DELEGATE,
						task.getId() + " needs camunda:delegateExpression=\"${beanName}\" naming a server bean"));
			}
			else if (!context.beanExists().test(m.group(1))) {
				problems.add(new ModelProblem(task.getId(), DELEGATE,
						task.getId() + " names the bean '" + m.group(1) + "', which the server does not have"));
			}
		}
	}

	private static void userTasks(BpmnModelInstance model, Context context, List<ModelProblem> problems) {
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			String id = task.getId();
			if (task.getDocumentations().isEmpty()
					|| task.getDocumentations().iterator().next().getTextContent().isBlank()) {
				problems.add(new ModelProblem(id, DOCUMENTATION, id + " needs a documentation: what the person does"));
			}
			if (!isPersonalTask(task)
					&& (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank())) {
				problems.add(new ModelProblem(id, CANDIDATES, id + " needs candidate groups (the roles who work it)"));
			}
			if (task.getCamundaFormRef() == null || !context.formKeys().containsKey(task.getCamundaFormRef())) {
				problems.add(new ModelProblem(id, FORM,
						id + " needs camunda:formRef naming a deployed form, not '" + task.getCamundaFormRef() + "'"));
			}
			Map<String, String> props = properties(task);
			String meaning = props.get(MEANING_PROPERTY);
			if (meaning != null && !KNOWN_MEANINGS.contains(meaning)) {
				problems.add(new ModelProblem(id, MEANING,
						id + " signs with the unknown meaning '" + meaning + "'; use one of " + KNOWN_MEANINGS));
			}
			if (props.containsKey(AUTHORING_PROPERTY)
					&& (!"true".equals(props.get(AUTHORING_PROPERTY)) || meaning != null)) {
				problems.add(new ModelProblem(id, AUTHORING,
						id + ": record.authoring is 'true' and an authoring step is not also a signing step"));
			}
		}
		for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
			if (start.getCamundaFormRef() != null && !context.formKeys().containsKey(start.getCamundaFormRef())) {
				problems.add(new ModelProblem(start.getId(), FORM,
						start.getId() + " names the form '" + start.getCamundaFormRef() + "', which is not deployed"));
			}
		}
	}

	private static void processes(BpmnModelInstance model, Context context, List<ModelProblem> problems) {
		for (Process p : model.getModelElementsByType(Process.class)) {
			String id = p.getId();
			historyTtl(p, context, problems);
			if (blank(p.getCamundaCandidateStarterGroups()) && blank(p.getCamundaCandidateStarterUsers())) {
				problems.add(new ModelProblem(id, STARTERS,
						id + " needs camunda:candidateStarterGroups: who may start it (P11-10g)"));
			}
			String fields = properties(p).get(RECORD_FIELDS_PROPERTY);
			if (blank(fields)) {
				problems.add(new ModelProblem(id, RECORD_FIELDS,
						id + " needs the camunda:property record.fields: the fields its signatures cover"));
				continue;
			}
			Set<String> formKeys = new HashSet<>();
			model.getModelElementsByType(UserTask.class)
				.forEach(t -> formKeys.addAll(keysOf(t.getCamundaFormRef(), context)));
			model.getModelElementsByType(StartEvent.class)
				.forEach(s -> formKeys.addAll(keysOf(s.getCamundaFormRef(), context)));
			for (String field : fields.split(",")) {
				if (!formKeys.contains(field.trim())) {
					problems.add(new ModelProblem(id, RECORD_FIELDS, id + ": the record field '" + field.trim()
							+ "' is a field of none of its forms (P11-70: a signature shows what it covers)"));
				}
			}
		}
	}

	private static void historyTtl(Process p, Context context, List<ModelProblem> problems) {
		String ttl = p.getCamundaHistoryTimeToLiveString();
		int retention = context.retentionOf(p.getId());
		if (blank(ttl)) {
			problems.add(new ModelProblem(p.getId(), HISTORY_TTL, p.getId()
					+ " needs camunda:historyTimeToLive (days) of at least its retention, " + retention + " days"));
			return;
		}
		String digits = ttl.replaceAll("[^0-9]", "");
		int days = digits.isEmpty() || digits.length() > 9 ? -1 : Integer.parseInt(digits);
		if (days < retention) {
			problems.add(new ModelProblem(p.getId(), HISTORY_TTL, p.getId() + " keeps its history " + ttl
					+ " but its retention is " + retention + " days (P11-10c): raise historyTimeToLive"));
		}
	}

	/**
	 * A task for one named person: assignee and only candidate are the same expression.
	 */
	public static boolean isPersonalTask(UserTask task) {
		return task.getCamundaAssignee() != null && task.getCamundaAssignee().equals(task.getCamundaCandidateUsers())
				&& task.getCamundaCandidateGroups() == null;
	}

	/** The camunda:properties of an element. */
	public static Map<String, String> properties(BaseElement element) {
		Map<String, String> props = new HashMap<>();
		if (element.getExtensionElements() != null) {
			element.getExtensionElements()
				.getElementsQuery()
				.filterByType(CamundaProperties.class)
				.list()
				.forEach(ps -> ps.getCamundaProperties()
					.forEach(pr -> props.put(pr.getCamundaName(), pr.getCamundaValue())));
		}
		return props;
	}

	/** Problems of one rule, for a caller that reports rule by rule. */
	public static List<ModelProblem> ofRule(Collection<ModelProblem> problems, String rule) {
		return problems.stream().filter(p -> rule.equals(p.rule())).toList();
	}

	private static Set<String> keysOf(String formRef, Context context) {
		return formRef == null ? Set.of() : context.formKeys().getOrDefault(formRef, Set.of());
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
