package org.gxpbridge.modeling;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of validating a model: valid exactly when there is no problem. Notes say
 * what the validation could not decide (e.g. an expression in a UNIQUE table it does not
 * analyse); they do not block.
 */
public record ModelValidation(boolean valid, List<ModelProblem> problems, List<ModelProblem> notes) {

	public ModelValidation {
		problems = List.copyOf(problems);
		notes = notes == null ? List.of() : List.copyOf(notes);
	}

	public static ModelValidation of(List<ModelProblem> problems, List<ModelProblem> notes) {
		return new ModelValidation(problems.isEmpty(), problems, notes);
	}

	/** What the deployment history records as the validation result. */
	public String summary() {
		String checks = "engine parse, model contract, UNIQUE tables, form keys";
		if (valid) {
			return "passed (" + checks + ")" + (notes.isEmpty() ? "" : "; " + notes.size() + " note(s): "
					+ notes.stream().map(ModelProblem::toString).collect(Collectors.joining("; ")));
		}
		return problems.size() + " problem(s): "
				+ problems.stream().map(ModelProblem::toString).collect(Collectors.joining("; "));
	}

}
