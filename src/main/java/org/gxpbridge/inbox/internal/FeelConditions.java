package org.gxpbridge.inbox.internal;

import java.util.Map;

import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;

/**
 * A form's {@code conditional.hide} condition evaluated with Camunda's FEEL engine (the
 * one the DMN engine uses, on the class path through camunda-engine-feel-scala), as
 * form-js evaluates it in the browser: hidden only when the expression is {@code true};
 * an expression that fails or gives anything else leaves the field visible, and so its
 * rules in force.
 */
final class FeelConditions {

	private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

	private FeelConditions() {
	}

	static boolean isTrue(String expression, Map<String, Object> variables) {
		String feel = expression.strip();
		if (feel.startsWith("=")) {
			feel = feel.substring(1);
		}
		else {
			// form-js treats a condition without '=' as a literal
			return "true".equals(feel);
		}
		EvaluationResult result = FEEL.evaluateExpression(feel, variables);
		return result.isSuccess() && Boolean.TRUE.equals(result.result());
	}

}
