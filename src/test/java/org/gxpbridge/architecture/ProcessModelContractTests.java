package org.gxpbridge.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
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
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.gxpbridge.controls.DocumentApprovalModel;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.workflow.TaskModel;
import org.gxpbridge.workflow.WorkflowSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

/**
 * What no Java-level architecture check sees: the names BPMN uses for beans, forms and
 * ids (STYLE.md), and the compliance facts every model must carry — documentation,
 * candidate groups, forms, signature meanings, and a history time to live at least the
 * retention of its records (P11-10c, CHK-19).
 */
@GxpServerTest
class ProcessModelContractTests {

	static final Pattern MODELER_DEFAULT_ID = Pattern
		.compile("^(Activity|Event|Gateway|Flow|StartEvent|EndEvent|Task|UserTask|ServiceTask|"
				+ "Process|SequenceFlow|DataObject|Lane|Participant|TextAnnotation|Association|Definitions|Collaboration)_[0-9a-z]{7}$");
	static final Pattern EXPRESSION_BEAN = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");
	static final Set<String> KNOWN_MEANINGS = Set.of("AUTHORED", "REVIEWED", "APPROVED", "RESPONSIBLE", "ACKNOWLEDGED",
			"VERIFIED");

	static List<Path> bpmnFiles;
	static Set<String> formIds = new HashSet<>();

	@Autowired
	ApplicationContext context;

	@Autowired
	WorkflowSettings workflowSettings;

	@BeforeAll
	static void readModels() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			bpmnFiles = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
		}
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
				formIds.add(new ObjectMapper().readTree(form.toFile()).get("id").asText());
			}
		}
		assertThat(bpmnFiles).isNotEmpty();
	}

	static BpmnModelInstance read(Path file) {
		return Bpmn.readModelFromFile(file.toFile());
	}

	@Test
	void fileNamesAreTheKebabCaseOfTheProcessKey() {
		for (Path file : bpmnFiles) {
			for (Process p : read(file).getModelElementsByType(Process.class)) {
				String kebab = p.getId()
					.replaceAll("Process$", "")
					.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
					.toLowerCase();
				assertThat(file.getFileName().toString()).isEqualTo(kebab + ".bpmn");
			}
		}
	}

	@Test
	void everyFlowNodeAndSequenceFlowIsDrawnSoTheModelerAndReportsShowIt() {
		// a model without diagram interchange deploys and runs, but bpmn-js shows an
		// empty
		// canvas and the process-history report has nothing to mark
		for (Path file : bpmnFiles) {
			BpmnModelInstance model = read(file);
			Set<String> drawn = new HashSet<>();
			model.getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
			model.getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
			Stream
				.concat(model.getModelElementsByType(FlowNode.class).stream(),
						model.getModelElementsByType(SequenceFlow.class).stream())
				.forEach(e -> assertThat(drawn).as(file.getFileName() + ": " + e.getId() + " has no shape or edge")
					.contains(e.getId()));
		}
	}

	@Test
	void noModelerDefaultIds() {
		for (Path file : bpmnFiles) {
			for (BaseElement e : read(file).getModelElementsByType(BaseElement.class)) {
				assertThat(e.getId()).as(file + ": give '" + e.getId() + "' a meaningful id")
					.doesNotMatch(MODELER_DEFAULT_ID);
			}
		}
	}

	@Test
	void everyDelegateExpressionNamesABean() {
		for (Path file : bpmnFiles) {
			for (ServiceTask task : read(file).getModelElementsByType(ServiceTask.class)) {
				assertThat(task.getCamundaClass()).as(task.getId() + ": no camunda:class (STYLE.md)").isNull();
				Matcher m = EXPRESSION_BEAN.matcher(String.valueOf(task.getCamundaDelegateExpression()));
				assertThat(m.matches()).as(task.getId() + " uses delegateExpression=\"${beanName}\"").isTrue();
				assertThat(context.containsBean(m.group(1))).as(task.getId() + ": bean " + m.group(1)).isTrue();
			}
		}
	}

	/**
	 * A task for one named person (e.g. their own read-and-understood): assignee and only
	 * candidate are the same expression, so no group member can take it.
	 */
	private static boolean isPersonalTask(UserTask task) {
		return task.getCamundaAssignee() != null && task.getCamundaAssignee().equals(task.getCamundaCandidateUsers())
				&& task.getCamundaCandidateGroups() == null;
	}

	@Test
	void everyUserTaskHasDocumentationCandidatesAndAnExistingForm() {
		for (Path file : bpmnFiles) {
			BpmnModelInstance model = read(file);
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				assertThat(task.getDocumentations()).as(task.getId() + " documentation").isNotEmpty();
				assertThat(task.getDocumentations().iterator().next().getTextContent()).as(task.getId()).isNotBlank();
				if (!isPersonalTask(task)) {
					assertThat(task.getCamundaCandidateGroups()).as(task.getId() + " candidate groups").isNotBlank();
				}
				assertThat(formIds).as(task.getId() + " formRef").contains(task.getCamundaFormRef());
			}
			for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
				if (start.getCamundaFormRef() != null) {
					assertThat(formIds).as(start.getId() + " formRef").contains(start.getCamundaFormRef());
				}
			}
		}
	}

	@Test
	void everySigningStepNamesAKnownMeaning() {
		int signingSteps = 0;
		for (Path file : bpmnFiles) {
			for (CamundaProperty property : read(file).getModelElementsByType(CamundaProperty.class)) {
				if ("signature.meaning".equals(property.getCamundaName())) {
					signingSteps++;
					assertThat(KNOWN_MEANINGS)
						.as(property.getParentElement().getParentElement().getParentElement().getAttributeValue("id"))
						.contains(property.getCamundaValue());
				}
			}
		}
		assertThat(signingSteps).as("DocumentApprovalProcess has two signing steps").isGreaterThanOrEqualTo(2);
	}

	@Test
	void everyProcessKeepsItsHistoryAtLeastAsLongAsItsRetention() {
		for (Path file : bpmnFiles) {
			for (Process p : read(file).getModelElementsByType(Process.class)) {
				String ttl = p.getCamundaHistoryTimeToLiveString();
				assertThat(ttl).as(p.getId() + " historyTimeToLive").isNotBlank();
				Integer retention = workflowSettings.retentionDays().get(p.getId());
				assertThat(retention).as(p.getId() + ": declare gxp.workflow.retention-days").isNotNull();
				int days = ttl.startsWith("P") ? Integer.parseInt(ttl.replaceAll("[^0-9]", "")) : Integer.parseInt(ttl);
				assertThat(days).as(p.getId() + " historyTimeToLive >= retention").isGreaterThanOrEqualTo(retention);
			}
		}
	}

	@Test
	void everyProcessDeclaresTheFieldsOfItsRecordAndTheyAreFieldsOfItsForms_P11_70() throws IOException {
		// DESIGN.md §6: a signature covers the record's defining fields; each must be
		// something the process's forms carry
		for (Path file : bpmnFiles) {
			BpmnModelInstance model = read(file);
			Set<String> formKeys = new HashSet<>();
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				formKeys.addAll(keysOf(task.getCamundaFormRef()));
			}
			for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
				formKeys.addAll(keysOf(start.getCamundaFormRef()));
			}
			for (Process p : model.getModelElementsByType(Process.class)) {
				String fields = properties(p).get(TaskModel.RECORD_FIELDS_PROPERTY);
				assertThat(fields).as(p.getId() + ": declare camunda:property " + TaskModel.RECORD_FIELDS_PROPERTY)
					.isNotBlank();
				for (String field : fields.split(",")) {
					assertThat(formKeys).as(p.getId() + " record field").contains(field.trim());
				}
			}
		}
	}

	@Test
	void authoringStepsAreMarkedTrueAndAreNotSigningSteps_CHK_15() {
		int authoring = 0;
		for (Path file : bpmnFiles) {
			for (UserTask task : read(file).getModelElementsByType(UserTask.class)) {
				Map<String, String> props = properties(task);
				if (props.containsKey(TaskModel.AUTHORING_PROPERTY)) {
					authoring++;
					assertThat(props.get(TaskModel.AUTHORING_PROPERTY)).as(task.getId()).isEqualTo("true");
					assertThat(props).as(task.getId() + ": an authoring step is not also a signing step")
						.doesNotContainKey(TaskModel.MEANING_PROPERTY);
				}
			}
		}
		assertThat(authoring).as("Task_ReviseDocument is an authoring step").isGreaterThanOrEqualTo(1);
		assertThat(properties(read(Path.of("processes/document-approval.bpmn"))
			.getModelElementById(DocumentApprovalModel.TASK_REVISE)))
			.containsEntry(TaskModel.AUTHORING_PROPERTY, "true");
	}

	static Map<String, String> properties(BaseElement element) {
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

	static Set<String> keysOf(String formId) {
		if (formId == null) {
			return Set.of();
		}
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
				var json = new ObjectMapper().readTree(form.toFile());
				if (formId.equals(json.get("id").asText())) {
					return new HashSet<>(json.findValuesAsText("key"));
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return Set.of();
	}

	/**
	 * Every process has a constants class in the module that owns it ({@code XxxModel}
	 * with {@code PROCESS_KEY}, STYLE.md), and every element id named there exists in the
	 * diagram: renaming an id in the Modeler fails here, not in production.
	 */
	@Test
	void everyProcessHasAModelClassWhoseIdsExist() throws Exception {
		Map<String, Class<?>> modelClasses = modelClasses();
		for (Path file : bpmnFiles) {
			BpmnModelInstance model = read(file);
			for (Process p : model.getModelElementsByType(Process.class)) {
				Class<?> constants = modelClasses.get(p.getId());
				assertThat(constants)
					.as(p.getId() + ": a class XxxModel with PROCESS_KEY = \"" + p.getId()
							+ "\" in the module that owns the process")
					.isNotNull();
				for (Field f : constants.getFields()) {
					if (Modifier.isStatic(f.getModifiers())
							&& f.getName().matches("(START|TASK|GATEWAY|END|EVENT|FLOW|ERROR|MESSAGE)_.*")) {
						String id = (String) f.get(null);
						assertThat((Object) model.getModelElementById(id))
							.as(constants.getSimpleName() + "." + f.getName() + " = " + id)
							.isNotNull();
					}
				}
			}
		}
	}

	static Map<String, Class<?>> modelClasses() throws Exception {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Model$")));
		Map<String, Class<?>> byKey = new HashMap<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.gxpbridge")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			try {
				byKey.put((String) type.getField("PROCESS_KEY").get(null), type);
			}
			catch (NoSuchFieldException notAProcessModel) {
				// e.g. TaskModel: a service, not a diagram's constants
			}
		}
		return byKey;
	}

}
