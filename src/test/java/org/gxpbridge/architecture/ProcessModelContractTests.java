package org.gxpbridge.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.gxpbridge.controls.DocumentApprovalModel;
import org.gxpbridge.modeling.ModelContract;
import org.gxpbridge.modeling.ModelProblem;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Verifies;
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
@Verifies({ "CHK-24", "URS-08" })
class ProcessModelContractTests {

	static final Set<String> KNOWN_MEANINGS = ModelContract.KNOWN_MEANINGS;

	static List<Path> bpmnFiles;
	static Set<String> formIds = new HashSet<>();
	static Map<String, Set<String>> formKeys = new HashMap<>();

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
				var json = new ObjectMapper().readTree(form.toFile());
				formIds.add(json.get("id").asText());
				formKeys.put(json.get("id").asText(), new HashSet<>(json.findValuesAsText("key")));
			}
		}
		assertThat(bpmnFiles).isNotEmpty();
	}

	static BpmnModelInstance read(Path file) {
		return Bpmn.readModelFromFile(file.toFile());
	}

	/**
	 * The problems of one rule of the model contract over every shipped model: the same
	 * class the validator of ModelChangeProcess refuses a draft with.
	 */
	List<String> contract(String... rules) {
		ModelContract.Context ctx = new ModelContract.Context(formKeys, workflowSettings.retentionDays(),
				context::containsBean);
		List<String> problems = new ArrayList<>();
		for (Path file : bpmnFiles) {
			for (ModelProblem p : ModelContract.check(read(file), ctx)) {
				if (Set.of(rules).contains(p.rule())) {
					problems.add(file.getFileName() + ": " + p);
				}
			}
		}
		return problems;
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
		// empty canvas and the process-history report has nothing to mark
		assertThat(contract(ModelContract.DIAGRAM)).isEmpty();
	}

	@Test
	void noModelerDefaultIds() {
		assertThat(contract(ModelContract.MEANINGFUL_ID)).isEmpty();
	}

	@Test
	void everyDelegateExpressionNamesABean() {
		assertThat(contract(ModelContract.DELEGATE)).isEmpty();
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
		assertThat(contract(ModelContract.DOCUMENTATION, ModelContract.CANDIDATES, ModelContract.FORM)).isEmpty();
	}

	@Test
	void everyProcessNamesWhoMayStartIt_P11_10g() {
		assertThat(contract(ModelContract.STARTERS)).isEmpty();
	}

	@Test
	void everySigningStepNamesAKnownMeaning() {
		int signingSteps = 0;
		for (Path file : bpmnFiles) {
			for (CamundaProperty property : read(file).getModelElementsByType(CamundaProperty.class)) {
				if ("signature.meaning".equals(property.getCamundaName())) {
					signingSteps++;
				}
			}
		}
		assertThat(signingSteps).as("DocumentApprovalProcess has two signing steps").isGreaterThanOrEqualTo(2);
		assertThat(contract(ModelContract.MEANING)).isEmpty();
	}

	@Test
	@Verifies({ "P11-10c", "CHK-19" })
	void everyProcessKeepsItsHistoryAtLeastAsLongAsItsRetention() {
		for (Path file : bpmnFiles) {
			for (Process p : read(file).getModelElementsByType(Process.class)) {
				assertThat(workflowSettings.retentionDays().get(p.getId()))
					.as(p.getId() + ": declare gxp.workflow.retention-days")
					.isNotNull();
			}
		}
		assertThat(contract(ModelContract.HISTORY_TTL)).isEmpty();
	}

	@Test
	@Verifies({ "P11-70", "A11-14", "CHK-07" })
	void everyProcessDeclaresTheFieldsOfItsRecordAndTheyAreFieldsOfItsForms_P11_70() {
		// DESIGN.md §6: a signature covers the record's defining fields; each must be
		// something the process's forms carry
		assertThat(contract(ModelContract.RECORD_FIELDS)).isEmpty();
	}

	@Test
	void authoringStepsAreMarkedTrueAndAreNotSigningSteps_CHK_15() {
		int authoring = 0;
		for (Path file : bpmnFiles) {
			for (UserTask task : read(file).getModelElementsByType(UserTask.class)) {
				if (properties(task).containsKey(TaskModel.AUTHORING_PROPERTY)) {
					authoring++;
				}
			}
		}
		assertThat(authoring).as("Task_ReviseDocument is an authoring step").isGreaterThanOrEqualTo(1);
		assertThat(contract(ModelContract.AUTHORING)).isEmpty();
		assertThat(properties(read(Path.of("processes/document-approval.bpmn"))
			.getModelElementById(DocumentApprovalModel.TASK_REVISE)))
			.containsEntry(TaskModel.AUTHORING_PROPERTY, "true");
	}

	static Map<String, String> properties(BaseElement element) {
		return ModelContract.properties(element);
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
