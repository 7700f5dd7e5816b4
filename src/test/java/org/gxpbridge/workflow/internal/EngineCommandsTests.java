package org.gxpbridge.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;

import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.internal.EngineCommands.Rule;
import org.junit.jupiter.api.Test;

/**
 * The command guard's table covers the engine it guards (DESIGN.md §5): every concrete
 * command class in the Camunda engine jar has a rule, so an engine upgrade that adds an
 * operation fails here instead of opening it silently.
 */
class EngineCommandsTests {

	@Test
	@Verifies({ "P11-10g", "URS-07" })
	void everyEngineCommandIsClassified() throws Exception {
		File jar = new File(Command.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<String> commands = new ArrayList<>();
		TreeSet<String> unknown = new TreeSet<>();
		try (JarFile file = new JarFile(jar)) {
			for (var entries = file.entries(); entries.hasMoreElements();) {
				String name = entries.nextElement().getName();
				if (!name.startsWith("org/camunda/bpm/engine/impl/") || !name.endsWith(".class")
						|| name.contains("$")) {
					continue;
				}
				Class<?> type;
				try {
					type = Class.forName(name.replace('/', '.').replace(".class", ""), false,
							getClass().getClassLoader());
				}
				catch (LinkageError optionalDependencyMissing) {
					continue; // e.g. the Ant tasks, whose Ant is not on the server's
								// class path
				}
				if (!Command.class.isAssignableFrom(type) || type.isInterface()
						|| Modifier.isAbstract(type.getModifiers())) {
					continue;
				}
				commands.add(type.getSimpleName());
				if (EngineCommands.ruleFor(type) == Rule.UNKNOWN) {
					unknown.add(type.getName());
				}
			}
		}
		assertThat(commands).as("engine commands found").hasSizeGreaterThan(300);
		assertThat(unknown).as("engine commands without a rule in EngineCommands").isEmpty();
	}

	@Test
	void recordMovingAndHistoryDeletingCommandsAreNeverPlainWork() {
		assertThat(EngineCommands.ruleFor(ModifyProcessInstanceCmd.class)).isEqualTo(Rule.PRIVILEGED);
		assertThat(EngineCommands.ruleFor(StartProcessInstanceAtActivitiesCmd.class)).isEqualTo(Rule.PRIVILEGED);
		assertThat(EngineCommands.ruleFor(DeleteDeploymentCmd.class)).isEqualTo(Rule.SYSTEM_ONLY);
		assertThat(EngineCommands.ruleFor(DeleteHistoricProcessInstancesCmd.class)).isEqualTo(Rule.SYSTEM_ONLY);
		assertThat(EngineCommands.ruleFor(UpdateProcessDefinitionHistoryTimeToLiveCmd.class))
			.isEqualTo(Rule.SYSTEM_ONLY);
		assertThat(EngineCommands.ruleFor(SaveFilterCmd.class)).isEqualTo(Rule.FILTER_ADMIN);
		assertThat(EngineCommands.ruleFor(CompleteTaskCmd.class)).isEqualTo(Rule.TASK_WORK);
		assertThat(EngineCommands.ruleFor(AddCommentCmd.class)).isEqualTo(Rule.TASK_WORK);
		assertThat(EngineCommands.ruleFor(CheckPassword.class)).isEqualTo(Rule.SYSTEM_ONLY);
	}

	@Test
	void noCommandHasTwoRules() {
		var sets = List.of(EngineCommands.ENGINE_WORK, EngineCommands.TASK_WORK, EngineCommands.PRIVILEGED,
				EngineCommands.FILTER_ADMIN, EngineCommands.SYSTEM_ONLY.keySet());
		for (int i = 0; i < sets.size(); i++) {
			for (int j = i + 1; j < sets.size(); j++) {
				var both = new TreeSet<>(sets.get(i));
				both.retainAll(sets.get(j));
				assertThat(both).as("commands named in two rules").isEmpty();
			}
		}
	}

	@Test
	@Verifies({ "P11-10g", "URS-07" })
	void theFieldsTheGuardReadsExistInThisEngineVersion() {
		var complete = new CompleteTaskCmd("t1", Map.of("a", 1));
		assertThat(CommandFields.string(complete, "taskId")).isEqualTo("t1");
		assertThat(CommandFields.variableNames(complete, "variables")).containsExactly("a");
		var submit = new SubmitTaskFormCmd("t2", Map.of("b", 2), false, false);
		assertThat(CommandFields.variableNames(submit, "properties")).containsExactly("b");
		var error = new HandleTaskBpmnErrorCmd("t3", "E1", null, Map.of("c", 3));
		assertThat(CommandFields.string(error, "errorCode")).isEqualTo("E1");
		assertThat(CommandFields.variableNames(error, "variables")).containsExactly("c");
		var builder = (ProcessInstantiationBuilderImpl) ProcessInstantiationBuilderImpl.createProcessInstanceByKey(null,
				"DocumentApprovalProcess");
		builder.setVariables(Map.of("d", 4));
		var start = new StartProcessInstanceCmd(builder);
		Object read = CommandFields.read(start, "instantiationBuilder");
		assertThat(CommandFields.string(read, "processDefinitionKey")).isEqualTo("DocumentApprovalProcess");
		assertThat(CommandFields.variableNames(CommandFields.read(read, "modificationBuilder"), "processVariables"))
			.containsExactly("d");
		var escalation = new HandleTaskEscalationCmd("t4", "X1", Map.of());
		assertThat(CommandFields.string(escalation, "escalationCode")).isEqualTo("X1");
	}

}
