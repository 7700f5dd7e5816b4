package org.gxpbridge.mail.process;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * E-mail on new work for every user task of every process, added at deployment (STYLE.md:
 * engine-wide, never copied into diagrams). The listener only queues into the outbox,
 * inside the engine's transaction.
 */
@Component
class MailEnginePlugin extends AbstractProcessEnginePlugin {

	private final NewWorkNotifier notifier;

	MailEnginePlugin(NewWorkNotifier notifier) {
		this.notifier = notifier;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
				definition.addTaskListener(TaskListener.EVENTNAME_CREATE, notifier);
				definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, notifier);
			}
		});
	}

}
