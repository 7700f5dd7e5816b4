package org.gxpbridge.signature.process;

import java.util.ArrayList;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.gxpbridge.security.IntegrationClient;
import org.gxpbridge.signature.SignatureException;
import org.gxpbridge.signature.internal.SignatureRepository;
import org.gxpbridge.workflow.Actor;
import org.gxpbridge.workflow.TaskModel;
import org.springframework.stereotype.Component;

/**
 * The signature gate, engine-wide (DESIGN.md §5): every user task with a
 * {@code signature.meaning} property gets a complete listener that refuses completion
 * unless the signing service stored a signature for exactly this task in the same
 * transaction. Engine REST {@code complete} and {@code submit-form}, the Tasklist and the
 * Java API all end in that listener, so none of them can bypass the signature; the
 * refusal rolls back and the task stays open.
 */
@Component
public class SignatureGate extends AbstractProcessEnginePlugin {

	public static final String MEANING_PROPERTY = TaskModel.MEANING_PROPERTY;

	/**
	 * Set by the signing service, on this thread, only around the completion that follows
	 * a stored signature.
	 */
	private static final ThreadLocal<Signed> SIGNED = new ThreadLocal<>();

	private record Signed(String taskId, String signatureId) {
	}

	private final SignatureRepository signatures;

	SignatureGate(SignatureRepository signatures) {
		this.signatures = signatures;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new ParseListener(this));
	}

	/**
	 * Runs the completion of a task whose signature was just stored in the current
	 * transaction.
	 */
	static <T> T completingSigned(String taskId, String signatureId, Supplier<T> completion) {
		Signed previous = SIGNED.get();
		SIGNED.set(new Signed(taskId, signatureId));
		try {
			return completion.get();
		}
		finally {
			SIGNED.set(previous);
		}
	}

	void check(DelegateTask task, String meaning) {
		String actor = Actor.current(task);
		if (IntegrationClient.isClientId(actor)) {
			// an integration client completing a signing step over engine REST: refused
			// by name, whatever it sent (issue 16 item 7)
			throw SignatureException.clientsCannotSign(actor);
		}
		Signed signed = SIGNED.get();
		boolean ok = signed != null && signed.taskId().equals(task.getId())
				&& signatures.existsFor(signed.signatureId(), task.getId());
		if (!ok) {
			throw new AuthorizationException("Task '" + task.getName() + "' is a signing step (" + meaning
					+ "): a Part 11 electronic " + "signature is required to complete it. Sign it with POST /api/tasks/"
					+ task.getId() + "/sign (meaning and password); " + "the task stays open.");
		}
	}

	/**
	 * The meaning(s) a user task's {@code camunda:properties} declare, or null when it is
	 * not a signing step.
	 */
	static String meaningOf(Element userTask) {
		Element extensions = userTask.element("extensionElements");
		Element properties = extensions == null ? null
				: extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
		if (properties == null) {
			return null;
		}
		for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
			if (MEANING_PROPERTY.equals(property.attribute("name"))) {
				return property.attribute("value");
			}
		}
		return null;
	}

	static class ParseListener extends AbstractBpmnParseListener {

		private final SignatureGate gate;

		ParseListener(SignatureGate gate) {
			this.gate = gate;
		}

		@Override
		public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
			String meaning = meaningOf(userTaskElement);
			if (meaning != null && !meaning.isBlank()) {
				TaskListener listener = task -> gate.check(task, meaning);
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
			}
		}

	}

}
