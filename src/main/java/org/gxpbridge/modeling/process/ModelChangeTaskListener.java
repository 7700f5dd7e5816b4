package org.gxpbridge.modeling.process;

import static org.gxpbridge.modeling.ModelChangeModel.*;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.modeling.ModelChanges;
import org.gxpbridge.modeling.ModelDrafts;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.RefusedByRuleException;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * The steps of ModelChangeProcess write the change record: the revision step is the
 * author's (from the draft's table) and resubmits or withdraws; the review and approval
 * steps are refused to the author at claim and completion (11.10(k)); the review step
 * shows the diff (the modeler's diff page and the unified diff) and records the outcome.
 */
@Component("modelChangeTaskListener")
class ModelChangeTaskListener implements TaskListener {

	/** What a string variable holds in every database the engine supports. */
	private static final int VARIABLE_CHARS = 3800;

	private final ModelChanges changes;

	private final ModelDrafts drafts;

	ModelChangeTaskListener(ModelChanges changes, ModelDrafts drafts) {
		this.changes = changes;
		this.drafts = drafts;
	}

	@Override
	public void notify(DelegateTask task) {
		String id = (String) task.getVariable(VAR_CHANGE_ID);
		String key = task.getTaskDefinitionKey();
		String event = task.getEventName();
		try {
			if (TASK_REVISE.equals(key)) {
				revise(task, id, event);
			}
			else if (EVENTNAME_CREATE.equals(event)) {
				show(task, id);
			}
			else if (EVENTNAME_ASSIGNMENT.equals(event) && task.getAssignee() != null) {
				changes.refuseAuthor(id, task.getAssignee());
			}
			else if (EVENTNAME_COMPLETE.equals(event)) {
				String user = user(task);
				changes.refuseAuthor(id, user);
				if (TASK_REVIEW.equals(key)) {
					Object outcome = task.getVariable(VAR_REVIEW_OUTCOME);
					if (!OUTCOME_APPROVE.equals(outcome) && !OUTCOME_REJECT.equals(outcome)) {
						throw new ProcessEngineException(VAR_REVIEW_OUTCOME + " must be approve or reject");
					}
					changes.reviewed(id, OUTCOME_APPROVE.equals(outcome), text(task, VAR_REVIEW_COMMENT), user);
				}
			}
		}
		catch (RefusedByRuleException e) {
			if ("author_cannot_approve".equals(e.code())) {
				throw new AuthorizationException(e.getMessage());
			}
			throw new ProcessEngineException(e.getMessage(), e);
		}
		catch (DomainException e) {
			throw new ProcessEngineException(e.getMessage(), e);
		}
	}

	private void revise(DelegateTask task, String id, String event) {
		String author = changes.draft(changes.get(id)).author();
		if (EVENTNAME_CREATE.equals(event)) {
			task.setAssignee(author);
		}
		else if (EVENTNAME_ASSIGNMENT.equals(event) && task.getAssignee() != null
				&& !author.equals(task.getAssignee())) {
			throw new AuthorizationException("Only the author " + author + " revises the draft of " + id);
		}
		else if (EVENTNAME_COMPLETE.equals(event)) {
			Object outcome = task.getVariable(VAR_REVISION_OUTCOME);
			if (!REVISION_RESUBMIT.equals(outcome) && !REVISION_WITHDRAW.equals(outcome)) {
				throw new ProcessEngineException(VAR_REVISION_OUTCOME + " must be resubmit or withdraw");
			}
			changes.revised(id, REVISION_RESUBMIT.equals(outcome), text(task, VAR_REVISION_NOTE), user(task));
		}
	}

	private void show(DelegateTask task, String id) {
		String draftId = changes.get(id).draftId();
		if (TASK_REVIEW.equals(task.getTaskDefinitionKey())) {
			// a new answer each round: an earlier round's outcome is not this one
			task.getExecution().setVariable(VAR_REVIEW_OUTCOME, "");
		}
		task.setVariableLocal(VAR_DIFF_LINK, "/modeler/drafts/" + draftId + "/diff");
		String diff = drafts.diff(draftId).unifiedDiff();
		task.setVariableLocal(VAR_UNIFIED_DIFF, diff.length() <= VARIABLE_CHARS ? diff
				: diff.substring(0, VARIABLE_CHARS) + "\n… (shortened: the whole diff is on the diff page)");
	}

	private static String text(DelegateTask task, String name) {
		return task.getVariable(name) instanceof String s ? s : null;
	}

	private static String user(DelegateTask task) {
		String user = Actor.currentOrAssignee(task);
		if (user == null) {
			throw new AuthorizationException("This step is completed by a person, not by the server");
		}
		return user;
	}

}
