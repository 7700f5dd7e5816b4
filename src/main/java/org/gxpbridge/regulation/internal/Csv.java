package org.gxpbridge.regulation.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, line breaks and
 * doubled quotes. Each row knows the line it starts on, which a refusal names.
 */
final class Csv {

	record Row(int line, List<String> fields) {
	}

	private Csv() {
	}

	static List<Row> parse(String text) {
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int rowLine = 1;
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					line += c == '\n' ? 1 : 0;
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				addRow(rows, rowLine, fields);
				fields = new ArrayList<>();
				line++;
				rowLine = line;
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw ImportProblems.unreadable("line " + rowLine, "a quoted field is not closed");
		}
		if (!field.isEmpty() || !fields.isEmpty()) {
			fields.add(field.toString());
			addRow(rows, rowLine, fields);
		}
		return rows;
	}

	private static void addRow(List<Row> rows, int line, List<String> fields) {
		boolean blank = fields.stream().allMatch(String::isBlank);
		if (!blank) {
			rows.add(new Row(line, fields.stream().map(String::strip).toList()));
		}
	}

}
