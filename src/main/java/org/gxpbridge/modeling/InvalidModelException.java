package org.gxpbridge.modeling;

import java.util.List;
import java.util.stream.Collectors;

import org.gxpbridge.shared.InvalidInputException;

/**
 * Content that is never stored: unsafe XML (DOCTYPE, entities), malformed XML or JSON,
 * empty or oversized; the problems name where.
 */
public class InvalidModelException extends InvalidInputException {

	private final transient List<ModelProblem> problems;

	public InvalidModelException(List<ModelProblem> problems) {
		super("invalid_model", "The model is refused and was not stored: "
				+ problems.stream().map(ModelProblem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<ModelProblem> problems() {
		return problems;
	}

}
