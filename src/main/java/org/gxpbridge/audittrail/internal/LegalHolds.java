package org.gxpbridge.audittrail.internal;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.ReasonRequiredException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal hold (CHK-19): the instance's history gets no removal time, so history cleanup
 * passes it by, and the ledger records who placed the hold and why. Removal times are
 * cleared by the engine's own batch, for the whole hierarchy.
 */
@Component
public class LegalHolds {

	private final JdbcTemplate jdbc;

	private final HistoryService history;

	private final LedgerWriter writer;

	LegalHolds(JdbcTemplate jdbc, HistoryService history, LedgerWriter writer) {
		this.jdbc = jdbc;
		this.history = history;
		this.writer = writer;
	}

	@Transactional
	public String place(String processInstanceId, String reason, String userId) {
		if (reason == null || reason.isBlank()) {
			throw new ReasonRequiredException("A legal hold needs a reason");
		}
		HistoricProcessInstance pi = history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		if (pi == null) {
			throw new NotFoundException("not_found", "No process instance " + processInstanceId);
		}
		try {
			jdbc.update(
					"insert into gxp_audit_legal_hold (process_instance_id, placed_at, placed_by, reason) values (?, ?, ?, ?)",
					processInstanceId, LedgerRows.odt(writer.now()), userId, LedgerRows.cut(reason.trim(), 1000));
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("already_held",
					"Process instance " + processInstanceId + " is already on legal hold");
		}
		String root = pi.getRootProcessInstanceId() != null ? pi.getRootProcessInstanceId() : processInstanceId;
		String batchId = history.setRemovalTimeToHistoricProcessInstances()
			.clearedRemovalTime()
			.byIds(root)
			.hierarchical()
			.executeAsync()
			.getId();
		writer.append(EntryDraft
			.inContext(AuditFacts.of(userId, RowIndex.LEGAL_HOLD_ACTION, "ProcessInstance", processInstanceId)
				.withRecord(processInstanceId, pi.getBusinessKey())
				.withChange("removalTime",
						pi.getRemovalTime() == null ? null : pi.getRemovalTime().toInstant().toString(), null)
				.withReason(reason.trim())));
		return batchId;
	}

	public boolean isHeld(String processInstanceId) {
		return jdbc.queryForObject("select count(*) from gxp_audit_legal_hold where process_instance_id = ?",
				Integer.class, processInstanceId) > 0;
	}

}
