package org.gxpbridge.controls.process;

import static org.gxpbridge.controls.ControlImplementationModel.*;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.controls.ControlImplementation;
import org.gxpbridge.controls.ControlImplementations;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.RefusedByRuleException;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * The steps of ControlImplementationProcess write the record: completing the implement
 * step records the implementation and its evidence (refused without both); the verify
 * step is refused to the implementer (claim and completion; the implementer comes from
 * the record's table, written from the engine's authenticated user) and records the
 * result; the approval step shows the record before it is signed.
 */
@Component("controlImplementationTaskListener")
class ControlImplementationTaskListener implements TaskListener {

	private final ControlImplementations implementations;

	ControlImplementationTaskListener(ControlImplementations implementations) {
		this.implementations = implementations;
	}

	@Override
	public void notify(DelegateTask task) {
		String id = (String) task.getVariable(VAR_IMPLEMENTATION_ID);
		String key = task.getTaskDefinitionKey();
		try {
			if (TASK_IMPLEMENT.equals(key) && EVENTNAME_COMPLETE.equals(task.getEventName())) {
				implementations.implemented(id, (String) task.getVariable(VAR_IMPLEMENTATION), user(task));
			}
			else if (TASK_VERIFY.equals(key)) {
				verify(task, id);
			}
			else if (TASK_APPROVE.equals(key) && EVENTNAME_CREATE.equals(task.getEventName())) {
				task.setVariableLocal(VAR_SUMMARY, summary(implementations.get(id)));
			}
		}
		catch (RefusedByRuleException e) {
			throw new AuthorizationException(e.getMessage());
		}
		catch (DomainException e) {
			throw new ProcessEngineException(e.getMessage(), e);
		}
	}

	private void verify(DelegateTask task, String id) {
		switch (task.getEventName()) {
			case EVENTNAME_CREATE -> {
				// a new answer each cycle: an earlier verification's answer is not this
				// one
				task.getExecution().setVariable(VAR_VERIFICATION_PASSED, false);
				task.getExecution().setVariable(VAR_VERIFICATION_COMMENT, "");
				task.setVariableLocal(VAR_SUMMARY, summary(implementations.get(id)));
			}
			case EVENTNAME_ASSIGNMENT -> {
				if (task.getAssignee() != null) {
					implementations.refuseSelfVerification(id, task.getAssignee());
				}
			}
			case EVENTNAME_COMPLETE -> {
				Object answer = task.getVariable(VAR_VERIFICATION_PASSED);
				boolean passed = Boolean.TRUE.equals(answer) || "true".equals(answer);
				implementations.verify(id, passed, (String) task.getVariable(VAR_VERIFICATION_COMMENT), user(task));
				// the gateway branches on the recorded result
				task.getExecution().setVariable(VAR_VERIFICATION_PASSED, passed);
			}
			default -> {
			}
		}
	}

	private static String user(DelegateTask task) {
		String user = Actor.currentOrAssignee(task);
		if (user == null) {
			throw new AuthorizationException("This step is completed by a person, not by the server");
		}
		return user;
	}

	static String summary(ControlImplementation c) {
		String text = c.id() + " " + c.title() + " (" + c.category() + ")\nRequirements: " + c.requirements()
				+ "\nOwner: " + c.ownerId() + ", due " + c.dueDate() + "\nImplementation (" + c.implementedBy() + "): "
				+ c.implementation() + "\nEvidence: "
				+ c.evidence().stream().map(e -> e.documentId() + " " + e.title() + " sha256 " + e.sha256()).toList()
				+ "\nVerification: " + c.verificationResult() + " by " + c.verifiedBy()
				+ (c.verificationComment() == null ? "" : " (" + c.verificationComment() + ")");
		// a string variable holds at most 4000 characters; the record's page shows all
		return text.length() <= 3800 ? text : text.substring(0, 3700) + "\n... all of it on /controls/implementations";
	}

}
