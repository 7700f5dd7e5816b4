package org.gxpbridge.monitoring;

import java.time.Period;

import org.gxpbridge.monitoring.process.DecisionTables;
import org.gxpbridge.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * The module's decisions: AuditFrequencyDecision and CapaPriorityDecision (dmn/). Input
 * outside a table's range is refused here as InvalidInputException (400) before the table
 * is evaluated, so a no-match can only mean a defective table.
 */
@Service
public class MonitoringDecisions {

	private final DecisionTables tables;

	MonitoringDecisions(DecisionTables tables) {
		this.tables = tables;
	}

	/**
	 * How long until an area's next audit, by risk level and last outcome (ISO 13485
	 * 8.2.4).
	 */
	public Period auditInterval(RiskLevel riskLevel, AuditOutcome lastOutcome) {
		require(riskLevel, "risk_level", "Risk level");
		require(lastOutcome, "audit_outcome", "Last audit outcome");
		return Period.parse(tables.auditInterval(riskLevel, lastOutcome)
			.orElseThrow(() -> noMatch("AuditFrequencyDecision", riskLevel + ", " + lastOutcome)));
	}

	/** The same from text input: refuses values the table does not know. */
	public Period auditInterval(String riskLevel, String lastOutcome) {
		return auditInterval(RiskLevel.parse(riskLevel), AuditOutcome.parse(lastOutcome));
	}

	/** Priority and days to due date of a CAPA (820.100, ISO 13485 8.5.2). */
	public CapaPriority capaPriority(CapaSource source, Severity severity, boolean recurrence,
			boolean patientSafetyImpact) {
		require(source, "capa_source", "CAPA source");
		require(severity, "severity", "Severity");
		return tables.capaPriority(source, severity, recurrence, patientSafetyImpact)
			.orElseThrow(() -> noMatch("CapaPriorityDecision", source + ", " + severity));
	}

	/** The same from text input: refuses values the table does not know. */
	public CapaPriority capaPriority(String source, String severity, Boolean recurrence, Boolean patientSafetyImpact) {
		CapaSource s = CapaSource.parse(source);
		Severity v = Severity.parse(severity);
		require(recurrence, "recurrence", "Recurrence (true or false)");
		require(patientSafetyImpact, "patient_safety_impact", "Patient-safety impact (true or false)");
		return capaPriority(s, v, recurrence, patientSafetyImpact);
	}

	private static void require(Object value, String code, String label) {
		if (value == null) {
			throw new InvalidInputException("missing_" + code, label + " is required");
		}
	}

	private static IllegalStateException noMatch(String decision, String input) {
		// every valid input has exactly one row: a no-match is a defect of the table
		return new IllegalStateException(decision + " has no rule for " + input);
	}

}
