package org.gxpbridge.support;

import java.util.ArrayList;
import java.util.List;

import org.gxpbridge.shared.CsvCells;

/**
 * The tests' one CSV reader, as an auditor's tool reads our exports: RFC 4180 (quoted
 * fields may hold commas, doubled quotes, CR and LF; rows end with CRLF), then
 * {@link CsvCells#unneutralise} on every cell, so a round trip compares with the values
 * that were entered.
 */
public final class CsvReader {

	private CsvReader() {
	}

	/** The rows with the values as entered. */
	public static List<List<String>> parse(String text) {
		List<List<String>> rows = parseRaw(text);
		rows.forEach(row -> row.replaceAll(CsvCells::unneutralise));
		return rows;
	}

	/**
	 * The cells a spreadsheet would run as a formula: first character = + - @ TAB or CR,
	 * other than a plain number. Checked on the cells as received, independent of the
	 * writer's own rule.
	 */
	public static List<String> formulaCells(String text) {
		return parseRaw(text).stream()
			.flatMap(List::stream)
			.filter(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 && !c.matches("[+-]?\\d+(\\.\\d+)?"))
			.toList();
	}

	/** The rows with the cells as a spreadsheet receives them (neutralising ' kept). */
	public static List<List<String>> parseRaw(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				cell.append(c);
			}
		}
		if (!row.isEmpty() || cell.length() > 0) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}

}
