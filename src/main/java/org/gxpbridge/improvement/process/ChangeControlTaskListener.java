package org.gxpbridge.improvement.process;

import static org.gxpbridge.improvement.ChangeControlModel.*;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.improvement.ChangeImplementations;
import org.gxpbridge.improvement.ChangeRequest;
import org.gxpbridge.improvement.ChangeRequests;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.RefusedByRuleException;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * The user steps of ChangeControlProcess write the change record: the assessment records
 * the impacts and re-evaluates the linked risks; the approval is refused to the requester
 * and the post-implementation verification to the implementer (both from the record's
 * table, written from the engine's authenticated user); the implementation records the
 * attached artifact; the effectiveness check its result. Each step shows the record.
 */
@Component("changeControlTaskListener")
class ChangeControlTaskListener implements TaskListener {

	private final ChangeRequests requests;

	private final ChangeImplementations implementations;

	ChangeControlTaskListener(ChangeRequests requests, ChangeImplementations implementations) {
		this.requests = requests;
		this.implementations = implementations;
	}

	@Override
	public void notify(DelegateTask task) {
		String id = (String) task.getVariable(VAR_CHANGE_ID);
		String key = task.getTaskDefinitionKey();
		try {
			switch (task.getEventName()) {
				case EVENTNAME_CREATE -> created(task, id, key);
				case EVENTNAME_ASSIGNMENT -> assigned(task, id, key);
				case EVENTNAME_COMPLETE -> completed(task, id, key);
				default -> {
				}
			}
		}
		catch (RefusedByRuleException e) {
			throw new AuthorizationException(e.getMessage());
		}
		catch (DomainException e) {
			throw new ProcessEngineException(e.getMessage(), e);
		}
	}

	private void created(DelegateTask task, String id, String key) {
		if (TASK_VERIFY.equals(key)) {
			// a new answer each cycle: an earlier verification's answer is not this one
			task.getExecution().setVariable(VAR_VERIFICATION_PASSED, false);
		}
		task.setVariableLocal(VAR_SUMMARY, summary(requests.get(id)));
	}

	private void assigned(DelegateTask task, String id, String key) {
		if (task.getAssignee() == null) {
			return;
		}
		if (TASK_APPROVE.equals(key)) {
			requests.refuseRequester(id, task.getAssignee());
		}
		else if (TASK_VERIFY.equals(key)) {
			implementations.refuseImplementer(id, task.getAssignee());
		}
	}

	private void completed(DelegateTask task, String id, String key) {
		String user = user(task);
		switch (key) {
			case TASK_ASSESS -> requests.assess(id, text(task, VAR_IMPACT_VALIDATION),
					text(task, VAR_IMPACT_PATIENT_SAFETY), text(task, VAR_IMPACT_DATA_INTEGRITY), user);
			case TASK_APPROVE -> requests.refuseRequester(id, user);
			case TASK_IMPLEMENT -> implementations.implemented(id, user);
			case TASK_VERIFY -> {
				boolean passed = yes(task.getVariable(VAR_VERIFICATION_PASSED));
				implementations.postVerify(id, passed, text(task, VAR_VERIFICATION_COMMENT), user);
				// the gateway branches on the recorded answer
				task.getExecution().setVariable(VAR_VERIFICATION_PASSED, passed);
			}
			case TASK_EFFECTIVENESS -> {
				boolean effective = yes(task.getVariable(VAR_EFFECTIVE));
				implementations.effectiveness(id, effective, text(task, VAR_EFFECTIVENESS_COMMENT), user);
				task.getExecution().setVariable(VAR_EFFECTIVE, effective);
			}
			default -> {
			}
		}
	}

	private static boolean yes(Object answer) {
		return Boolean.TRUE.equals(answer) || "true".equals(answer);
	}

	private static String text(DelegateTask task, String name) {
		Object value = task.getVariable(name);
		return value == null ? null : value.toString();
	}

	private static String user(DelegateTask task) {
		String user = Actor.currentOrAssignee(task);
		if (user == null) {
			throw new AuthorizationException("This step is completed by a person, not by the server");
		}
		return user;
	}

	static String summary(ChangeRequest c) {
		String text = c.id() + " " + c.kind() + ": " + c.title() + " (requested by " + c.requestedBy() + ")\n"
				+ c.description() + "\nReason: " + c.reason() + "\nApproved artifact SHA-256: " + c.approvedSha256()
				+ "\nRisks: "
				+ c.risks()
					.stream()
					.map(r -> r.riskRef() + " " + r.outcomeAtRequest()
							+ (r.outcomeAssessed() == null ? "" : " -> " + r.outcomeAssessed()))
					.toList()
				+ "\nDocuments: "
				+ c.documents().stream().map(d -> d.documentNumber() + " v" + d.versionAtRequest()).toList()
				+ "\nImpact: validation " + c.impactValidation() + "; patient safety " + c.impactPatientSafety()
				+ "; data integrity " + c.impactDataIntegrity() + "\nArtifact: " + c.artifactFileName() + " "
				+ c.artifactSha256() + " (" + c.artifactCheck() + ") by " + c.implementedBy();
		// a string variable holds at most 4000 characters; the change's page shows all
		return text.length() <= 3800 ? text : text.substring(0, 3700) + "\n... all of it on /improvement/changes";
	}

}
