package org.gxpbridge.modeling.process;

import static org.gxpbridge.modeling.ModelChangeModel.*;

import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.modeling.ModelChange;
import org.gxpbridge.modeling.ModelChanges;
import org.gxpbridge.modeling.ModelDraft;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Task_OpenModelChange: the change record of the draft's latest version, bound to this
 * instance in the module's table (what the signature covers). Runs inside the start
 * command, so an unknown or already submitted draft refuses the start and stores nothing.
 */
@Component("openModelChangeDelegate")
class OpenModelChangeDelegate implements JavaDelegate {

	private final ModelChanges changes;

	OpenModelChangeDelegate(ModelChanges changes) {
		this.changes = changes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object draftId = execution.getVariable(VAR_DRAFT_ID);
		Object reason = execution.getVariable(VAR_REASON);
		// who submits is the engine's authenticated user, not a variable
		String starter = Objects.requireNonNullElse(Actor.current(execution), Actor.SERVER);
		ModelChange c = changes.open(draftId instanceof String s ? s : null, reason instanceof String r ? r : null,
				execution.getProcessInstanceId(), starter);
		ModelDraft d = changes.draft(c);
		execution.setVariable(VAR_CHANGE_ID, c.changeId());
		execution.setVariable(VAR_DRAFT_VERSION, d.version());
		execution.setVariable(VAR_MODEL_KIND, d.kind().name());
		execution.setVariable(VAR_MODEL_KEY, d.key());
	}

}
