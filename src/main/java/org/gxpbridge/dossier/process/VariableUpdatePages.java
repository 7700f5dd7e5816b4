package org.gxpbridge.dossier.process;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricDetailQuery;

/**
 * One instance's variable updates (ACT_HI_DETAIL) in the order they happened (time, then
 * the variable's own update counter, then its name), page after page. Each page starts at
 * the time of the last row read ({@code occurredAfter} is inclusive) and skips only the
 * rows already read at that very time: paging by offset from the first row, as before,
 * re-read and sorted every earlier row for each page, quadratic in the record's length
 * (most of a 10,000-event dossier's time). Camunda 7 has no native query for history
 * details, so the keys are the engine query's own filters.
 */
final class VariableUpdatePages {

	private final HistoryService history;

	private final String processInstanceId;

	private final int size;

	private Date from;

	private int readAtFrom;

	private boolean done;

	VariableUpdatePages(HistoryService history, String processInstanceId, int size) {
		this.history = history;
		this.processInstanceId = processInstanceId;
		this.size = size;
	}

	/** The next page; empty when all were read. */
	List<HistoricDetail> next() {
		if (done) {
			return List.of();
		}
		HistoricDetailQuery query = history.createHistoricDetailQuery()
			.processInstanceId(processInstanceId)
			.variableUpdates()
			.disableBinaryFetching()
			.disableCustomObjectDeserialization();
		if (from != null) {
			query.occurredAfter(from);
		}
		List<HistoricDetail> page = query.orderByTime()
			.asc()
			.orderPartiallyByOccurrence()
			.asc()
			.orderByVariableName()
			.asc()
			.listPage(readAtFrom, size);
		done = page.size() < size;
		if (!page.isEmpty()) {
			Date last = page.get(page.size() - 1).getTime();
			int atLast = (int) page.stream().filter(d -> d.getTime().getTime() == last.getTime()).count();
			if (from != null && from.getTime() == last.getTime()) {
				readAtFrom += atLast;
			}
			else {
				from = new Date(last.getTime());
				readAtFrom = atLast;
			}
		}
		return page;
	}

}
