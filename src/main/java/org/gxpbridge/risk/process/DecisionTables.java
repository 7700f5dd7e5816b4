package org.gxpbridge.risk.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The engine's decision service for the risk module (engine APIs stay in process/): the
 * deployed tables are the ones evaluated, and every evaluation is kept in the engine's
 * decision history. The evaluation is the server's act, not the user's, so it runs
 * without the user's engine authentication (a user needs no grant on decision definitions
 * to have their risk evaluated).
 */
@Component("riskDecisionTables")
public class DecisionTables {

	private final DecisionService decisions;

	private final IdentityService identity;

	DecisionTables(DecisionService decisions, IdentityService identity) {
		this.decisions = decisions;
		this.identity = identity;
	}

	/** Every matching rule's outputs, by output name; empty when no rule matched. */
	public List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> inputs) {
		Authentication user = identity.getCurrentAuthentication();
		identity.clearAuthentication();
		try {
			return decisions.evaluateDecisionTableByKey(decisionKey)
				.variables(Variables.fromMap(inputs))
				.evaluate()
				.getResultList();
		}
		finally {
			if (user != null) {
				identity.setAuthentication(user);
			}
		}
	}

}
