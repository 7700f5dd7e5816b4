package org.gxpbridge.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.gxpbridge.support.GxpServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CHK-19: history cleanup runs are recorded, and rows cleanup removes after their
 * recorded removal time are not mistaken for tampering (a non-GxP probe process with
 * historyTimeToLive 0, so nothing GxP is touched).
 */
@GxpServerTest
class AuditRetentionTests {

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Autowired
	AuditLedger ledger;

	@Test
	void recordsHistoryCleanupRunsAndAcceptsRowsItRemovedAfterTheirRemovalTime() {
		repository.createDeployment()
			.addString("audit-cleanup-probe.bpmn", "<definitions xmlns='http://www.omg.org/spec/BPMN/20100524/MODEL' "
					+ "xmlns:camunda='http://camunda.org/schema/1.0/bpmn' targetNamespace='t'><process id='AuditCleanupProbe' isExecutable='true' "
					+ "camunda:historyTimeToLive='0'><startEvent id='StartEvent_Probe'/><sequenceFlow id='Flow_Probe' sourceRef='StartEvent_Probe' "
					+ "targetRef='EndEvent_Probe'/><endEvent id='EndEvent_Probe'/></process></definitions>")
			.deploy();
		String pi = runtime.startProcessInstanceByKey("AuditCleanupProbe", "PROBE-1").getId();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult().getRemovalTime())
			.isNotNull();

		// the shared ledger holds more entries than one query returns: look from now on
		Instant before = Instant.now().minusSeconds(1);
		Job cleanup = history.cleanUpHistoryAsync(true);
		management.executeJob(cleanup.getId());

		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi).count()).as("removed by cleanup")
			.isZero();
		assertThat(ledger.entries(new AuditQuery(null, null, null, before, null, 10_000)))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo("HISTORY_CLEANUP_RAN"));
		ledger.seal();
		VerificationReport report = ledger.verify();
		assertThat(report.intact()).as(report.describe()).isTrue();
	}

}
