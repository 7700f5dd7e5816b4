package org.gxpbridge.monitoring.process;

import java.util.Optional;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.gxpbridge.monitoring.AuditOutcome;
import org.gxpbridge.monitoring.CapaPriority;
import org.gxpbridge.monitoring.CapaSource;
import org.gxpbridge.monitoring.RiskLevel;
import org.gxpbridge.monitoring.Severity;
import org.springframework.stereotype.Component;

/**
 * Evaluates the module's deployed decision tables. Only
 * {@code monitoring.MonitoringDecisions} calls it, after refusing input outside the
 * tables' range; an empty answer is the table's no-match.
 */
@Component("monitoringDecisionTables")
public class DecisionTables {

	public static final String AUDIT_FREQUENCY = "AuditFrequencyDecision";

	public static final String CAPA_PRIORITY = "CapaPriorityDecision";

	private final DecisionService decisions;

	DecisionTables(DecisionService decisions) {
		this.decisions = decisions;
	}

	/** AuditFrequencyDecision on raw values (tests use it for the no-match case). */
	public Optional<String> auditInterval(String riskLevel, String lastOutcome) {
		var result = decisions.evaluateDecisionTableByKey(AUDIT_FREQUENCY)
			.variables(
					Variables.createVariables().putValue("riskLevel", riskLevel).putValue("lastOutcome", lastOutcome))
			.evaluate();
		return result.isEmpty() ? Optional.empty() : Optional.of(result.getSingleResult().getEntry("auditInterval"));
	}

	public Optional<String> auditInterval(RiskLevel riskLevel, AuditOutcome lastOutcome) {
		return auditInterval(riskLevel.name(), lastOutcome.name());
	}

	/** CapaPriorityDecision on raw values (tests use it for the no-match case). */
	public Optional<CapaPriority> capaPriority(String source, String severity, boolean recurrence,
			boolean patientSafetyImpact) {
		var result = decisions.evaluateDecisionTableByKey(CAPA_PRIORITY)
			.variables(Variables.createVariables()
				.putValue("source", source)
				.putValue("severity", severity)
				.putValue("recurrence", recurrence)
				.putValue("patientSafetyImpact", patientSafetyImpact))
			.evaluate();
		if (result.isEmpty()) {
			return Optional.empty();
		}
		var entries = result.getSingleResult();
		Number days = entries.getEntry("dueInDays");
		return Optional.of(new CapaPriority(entries.getEntry("priority"), days.intValue()));
	}

	public Optional<CapaPriority> capaPriority(CapaSource source, Severity severity, boolean recurrence,
			boolean patientSafetyImpact) {
		return capaPriority(source.name(), severity.name(), recurrence, patientSafetyImpact);
	}

}
