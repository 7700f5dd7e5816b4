package org.gxpbridge.design.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gxpbridge.design.TraceMatrix;

/**
 * The matrix as CSV (a header line naming the item, the rows, then the open gaps) and
 * JSON (the matrix record).
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
		out.append(line(List.of("item", m.itemId(), "name", m.itemName(), "version", m.itemVersion(), "riskRegister",
				m.riskRegisterId())));
		out.append(line(COLUMNS));
		for (TraceMatrix.Row r : m.rows()) {
			out.append(line(List.of(r.requirementId(), r.requirementType(), r.riskControlId(), r.riskControl(),
					r.verificationId(), r.method(), r.result())));
		}
		out.append(line(List.of("gap", "kind", "subject", "text")));
		for (TraceMatrix.Gap g : m.gaps()) {
			out.append(line(Stream.of(g.key(), g.kind(), g.subject(), g.text()).toList()));
		}
		return out.toString();
	}

	/**
	 * RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet does not
	 * run it as a formula.
	 */
	private static String line(List<String> values) {
		return values.stream().map(TraceExport::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	private static String cell(String v) {
		String s = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
		return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
				? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}

}
