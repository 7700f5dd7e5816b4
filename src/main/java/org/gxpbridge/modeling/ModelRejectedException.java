package org.gxpbridge.modeling;

import java.util.List;
import java.util.stream.Collectors;

import org.gxpbridge.shared.RefusedByRuleException;

/**
 * A model that may not go further (submitted with problems, or failing validation at
 * deployment): the problems name the elements.
 */
public class ModelRejectedException extends RefusedByRuleException {

	private final transient List<ModelProblem> problems;

	public ModelRejectedException(String code, String message, List<ModelProblem> problems) {
		super(code, message + ": " + problems.stream().map(ModelProblem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<ModelProblem> problems() {
		return problems;
	}

}
