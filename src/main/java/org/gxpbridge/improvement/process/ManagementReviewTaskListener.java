package org.gxpbridge.improvement.process;

import static org.gxpbridge.improvement.ManagementReviewModel.*;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.improvement.ManagementReview;
import org.gxpbridge.improvement.ManagementReviewInput;
import org.gxpbridge.improvement.ManagementReviewMinutes;
import org.gxpbridge.improvement.ManagementReviews;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * The steps of ManagementReviewProcess write the record: the minutes step shows the pack
 * and records the minutes on completion (refused, nothing stored, when an input has no
 * conclusion or an action does not parse); the approval step shows pack and minutes
 * before they are signed; an action's completion records what was done. Who acts comes
 * from the engine's authentication.
 */
@Component("managementReviewTaskListener")
class ManagementReviewTaskListener implements TaskListener {

	private final ManagementReviews reviews;

	ManagementReviewTaskListener(ManagementReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		String key = task.getTaskDefinitionKey();
		String event = task.getEventName();
		try {
			ManagementReview review = reviews.forProcessInstance(task.getProcessInstanceId()).orElseThrow();
			if (EVENTNAME_CREATE.equals(event)) {
				task.setVariableLocal(VAR_PACK_SUMMARY, ManagementReviewSummary.of(review));
			}
			else if (TASK_RECORD_MINUTES.equals(key) && EVENTNAME_COMPLETE.equals(event)) {
				reviews.recordMinutes(review.id(), minutes(task), user(task));
			}
			else if (TASK_COMPLETE_ACTION.equals(key) && EVENTNAME_COMPLETE.equals(event)) {
				reviews.completeAction((String) task.getVariable(VAR_ACTION_ID),
						(String) task.getVariable(VAR_ACTION_OUTCOME), user(task));
			}
		}
		catch (DomainException e) {
			throw new ProcessEngineException(e.getMessage(), e);
		}
	}

	private static ManagementReviewMinutes minutes(DelegateTask task) {
		Map<String, String> conclusions = new HashMap<>();
		for (String key : ManagementReviewInput.KEYS) {
			Object text = task.getVariable(VAR_CONCLUSION_PREFIX + key);
			if (text != null) {
				conclusions.put(key, text.toString());
			}
		}
		Object attendees = task.getVariable(VAR_ATTENDEES);
		List<String> names = attendees == null ? List.of() : Arrays.asList(attendees.toString().split("\\R|,"));
		Object restart = task.getVariable(VAR_RESTART_DECIDED);
		return new ManagementReviewMinutes(names, conclusions, (String) task.getVariable(VAR_DECISIONS),
				(String) task.getVariable(VAR_ACTIONS), Boolean.TRUE.equals(restart) || "true".equals(restart));
	}

	private static String user(DelegateTask task) {
		String user = Actor.currentOrAssignee(task);
		if (user == null) {
			throw new AuthorizationException("This step is completed by a person, not by the server");
		}
		return user;
	}

}
