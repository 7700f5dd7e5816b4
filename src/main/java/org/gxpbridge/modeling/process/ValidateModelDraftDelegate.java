package org.gxpbridge.modeling.process;

import static org.gxpbridge.modeling.ModelChangeModel.*;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.modeling.ModelChanges;
import org.gxpbridge.modeling.ModelProblem;
import org.gxpbridge.modeling.ModelValidation;
import org.springframework.stereotype.Component;

/**
 * Task_ValidateModelDraft: the engine's parsers and the model contract over the change's
 * draft version; problems send the change back to its author.
 */
@Component("validateModelDraftDelegate")
class ValidateModelDraftDelegate implements JavaDelegate {

	private final ModelChanges changes;

	ValidateModelDraftDelegate(ModelChanges changes) {
		this.changes = changes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String changeId = (String) execution.getVariable(VAR_CHANGE_ID);
		ModelValidation v = changes.validate(changeId);
		String problems = v.problems().stream().map(ModelProblem::toString).collect(Collectors.joining("\n"));
		execution.setVariable(VAR_VALID, v.valid());
		execution.setVariable(VAR_PROBLEMS, problems.length() > 3900 ? problems.substring(0, 3900) + " …" : problems);
		execution.setVariable(VAR_DRAFT_VERSION, changes.get(changeId).draftVersion());
	}

}
