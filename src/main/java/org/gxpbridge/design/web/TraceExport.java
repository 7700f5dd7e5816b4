package org.gxpbridge.design.web;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gxpbridge.design.TraceMatrix;
import org.gxpbridge.shared.CsvCells;

/**
 * The matrix as CSV ({@link CsvCells}, formulas neutralised; a header line naming the
 * item, the rows, then the open gaps) and JSON (the matrix record).
 */
final class TraceExport {

	static final List<String> COLUMNS = List.of("requirementId", "requirementType", "riskControlId", "riskControl",
			"verificationId", "method", "result");

	private static final ObjectMapper JSON = new ObjectMapper();

	private TraceExport() {
	}

	static String json(TraceMatrix m) {
		try {
			return JSON.writeValueAsString(m);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	static String csv(TraceMatrix m) {
		StringBuilder out = new StringBuilder();
		out.append(CsvCells.line(List.of("item", m.itemId(), "name", m.itemName(), "version", m.itemVersion(),
				"riskRegister", m.riskRegisterId())));
		out.append(CsvCells.line(COLUMNS));
		for (TraceMatrix.Row r : m.rows()) {
			out.append(CsvCells.line(List.of(r.requirementId(), r.requirementType(), r.riskControlId(), r.riskControl(),
					r.verificationId(), r.method(), r.result())));
		}
		out.append(CsvCells.line(List.of("gap", "kind", "subject", "text")));
		for (TraceMatrix.Gap g : m.gaps()) {
			out.append(CsvCells.line(Stream.of(g.key(), g.kind(), g.subject(), g.text()).toList()));
		}
		return out.toString();
	}

}
