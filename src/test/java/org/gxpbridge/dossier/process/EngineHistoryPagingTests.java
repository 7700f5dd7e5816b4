package org.gxpbridge.dossier.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dossier's variable changes (CHK-06, CHK-17: a complete and accurate copy) are read
 * in pages keyed by time, not by offset: every update appears exactly once and in the
 * order it happened, also when more updates than a page share one instant (the engine
 * clock held still), and each is joined with the ledger entry that captured it.
 */
@GxpServerTest
class EngineHistoryPagingTests {

	@Autowired
	Workflow workflow;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	AuditLedger ledger;

	@Autowired
	EngineHistory engineHistory;

	@Test
	void listsEveryVariableUpdateOnceInOrderAcrossPagesSharingOneInstant() {
		String key = "SOP-PAGING-" + UUID.randomUUID();
		String pi = workflow
			.start("DocumentApprovalProcess", key, Map.of("documentNumber", key, "documentTitle", "Paging",
					"documentVersion", "1.0", "changeSummary", "paging"), "owner")
			.processInstanceId();
		Instant t0 = Instant.now().plusSeconds(60);
		try {
			// 2 x 300 updates at t0 (more than a page at one instant), 450 at t0 + 1 s,
			// 60 at t0 + 2 s: page boundaries fall inside one instant and between two
			set(pi, t0, 300, "first");
			set(pi, t0, 300, "second");
			set(pi, t0.plusSeconds(1), 450, "third");
			set(pi, t0.plusSeconds(2), 60, "fourth");
		}
		finally {
			ClockUtil.reset();
		}
		List<VariableChange> read = new ArrayList<>();
		engineHistory.forEachVariableChange(pi, read::add);

		long details = history.createHistoricDetailQuery().processInstanceId(pi).variableUpdates().count();
		assertThat(details).isGreaterThan(1_110);
		assertThat(read).hasSize((int) details);
		assertThat(read.stream().map(VariableChange::detailId).distinct()).hasSize((int) details);
		for (int i = 1; i < read.size(); i++) {
			assertThat(read.get(i).time()).as("change %d", i).isAfterOrEqualTo(read.get(i - 1).time());
		}
		// each variable's own updates in the order they were made
		Map<String, List<String>> byVariable = new HashMap<>();
		read.stream()
			.filter(v -> v.variable().startsWith("paging"))
			.forEach(v -> byVariable.computeIfAbsent(v.variable(), n -> new ArrayList<>()).add(v.newValue()));
		assertThat(byVariable.get("paging0")).containsExactly("first 0", "second 0", "third 0", "fourth 0");
		assertThat(byVariable.get("paging299")).containsExactly("first 299", "second 299", "third 299");
		assertThat(byVariable.get("paging449")).containsExactly("third 449");
		assertThat(read).filteredOn(v -> v.variable().startsWith("paging"))
			.allSatisfy(v -> assertThat(v.ledgerSeq()).as(v.variable()).isNotNull())
			.allSatisfy(v -> assertThat(v.reason()).isEqualTo("paging test"));
	}

	private void set(String pi, Instant at, int count, String label) {
		ClockUtil.setCurrentTime(Date.from(at));
		Map<String, Object> values = new HashMap<>();
		for (int i = 0; i < count; i++) {
			values.put("paging" + i, label + " " + i);
		}
		ledger.withReason("paging test", () -> {
			runtime.setVariables(pi, values);
			return null;
		});
	}

}
