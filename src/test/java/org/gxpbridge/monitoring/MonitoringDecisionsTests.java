package org.gxpbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;

import org.camunda.bpm.engine.HistoryService;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The module API of the two decisions: deployed tables answer valid input; input outside
 * a table's range is refused as invalid input (400) before the table is evaluated, so the
 * engine records no evaluation for it.
 */
@GxpServerTest
@Verifies("URS-22")
class MonitoringDecisionsTests {

	@Autowired
	MonitoringDecisions decisions;

	@Autowired
	HistoryService history;

	long evaluations(String key) {
		return history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(key).count();
	}

	@Test
	void answersFromTheDeployedTables() {
		assertThat(decisions.auditInterval("high", "MAJOR_FINDINGS")).isEqualTo(Period.ofMonths(3));
		assertThat(decisions.capaPriority("COMPLAINT", "MINOR", false, true)).isEqualTo(new CapaPriority("HIGH", 15));
	}

	@Test
	void refusesOutOfRangeInputBeforeEvaluatingTheTable() {
		long audit = evaluations(InternalAuditModel.DECISION_KEY);
		long capa = evaluations(CapaModel.DECISION_KEY);
		assertThatThrownBy(() -> decisions.auditInterval("EXTREME", "NONE")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Risk level must be one of [HIGH, MEDIUM, LOW], not 'EXTREME'");
		assertThatThrownBy(() -> decisions.auditInterval("LOW", null)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Audit outcome");
		assertThatThrownBy(() -> decisions.capaPriority("RUMOUR", "MAJOR", false, false))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("CAPA source");
		assertThatThrownBy(() -> decisions.capaPriority("COMPLAINT", "CATASTROPHIC", false, false))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Severity");
		assertThatThrownBy(() -> decisions.capaPriority("COMPLAINT", "MAJOR", null, false))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Recurrence");
		assertThat(evaluations(InternalAuditModel.DECISION_KEY)).isEqualTo(audit);
		assertThat(evaluations(CapaModel.DECISION_KEY)).isEqualTo(capa);
	}

}
