package org.gxpbridge.risk.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The engine's decision service for the risk module (engine APIs stay in process/): the
 * deployed tables are the ones evaluated, and every evaluation is kept in the engine's
 * decision history. The evaluation is the server's act, not the user's, so it runs
 * without the user's engine authentication (a user needs no grant on decision definitions
 * to have their risk evaluated).
 */
@Component
public class RiskDecisionTables {

	private final DecisionService decisions;

	private final IdentityService identity;

	private final RepositoryService repository;

	/**
	 * A DMN engine without history for reads: a page or GET that shows what the deployed
	 * table says (heat-map colours, a risk's class on screen) is not an evaluation of
	 * record, and must not write decision history (on PostgreSQL a read-only transaction
	 * refuses the insert, which made the register page fail).
	 */
	private final DmnEngine display = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

	RiskDecisionTables(DecisionService decisions, IdentityService identity, RepositoryService repository) {
		this.decisions = decisions;
		this.identity = identity;
		this.repository = repository;
	}

	/**
	 * Every matching rule's outputs, by output name; empty when no rule matched. Kept in
	 * the engine's decision history, except inside a read-only transaction (a read shows
	 * the table's answer; see {@link #evaluateForDisplay}).
	 */
	public List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> inputs) {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return evaluateForDisplay(decisionKey, inputs);
		}
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

	/**
	 * The latest deployed table's answer without writing decision history: for showing
	 * what the table says (heat maps), never for a decision of record.
	 */
	public List<Map<String, Object>> evaluateForDisplay(String decisionKey, Map<String, Object> inputs) {
		Authentication user = identity.getCurrentAuthentication();
		identity.clearAuthentication();
		try {
			DecisionDefinition definition = repository.createDecisionDefinitionQuery()
				.decisionDefinitionKey(decisionKey)
				.latestVersion()
				.singleResult();
			DmnDecision decision = parsed.computeIfAbsent(definition.getId(), id -> {
				try (InputStream model = repository.getDecisionModel(id)) {
					return display.parseDecision(decisionKey, model);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			return display.evaluateDecisionTable(decision, Variables.fromMap(inputs)).getResultList();
		}
		finally {
			if (user != null) {
				identity.setAuthentication(user);
			}
		}
	}

}
