package org.gxpbridge.shared;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one way every CSV export writes a cell: RFC 4180 quoting plus neutralisation of
 * spreadsheet formulas (CSV injection, OWASP "CSV Injection").
 * <p>
 * <b>Quoting (RFC 4180).</b> A cell holding a comma, a double quote, CR or LF is enclosed
 * in double quotes and each inner double quote is doubled; lines end with CRLF; null is
 * an empty cell.
 * <p>
 * <b>Neutralisation.</b> A cell whose first character is {@code = + - @}, TAB or CR is
 * one a spreadsheet may run as a formula ({@code =HYPERLINK(...)}, {@code @SUM(...)},
 * {@code =cmd|...} DDE). Such a cell gets a single quote {@code '} in front and is
 * quoted, so it is shown as text. Leading spaces, non-breaking spaces, LF and single
 * quotes are looked through: some imports trim spaces before deciding (LibreOffice's
 * "Trim spaces"), so {@code "  =1"} is neutralised too, and looking through single quotes
 * keeps the rule reversible (below). A plain number ({@code [+-]?\d+(\.\d+)?}, e.g.
 * {@code -5}, {@code +1.5}) is left alone: it cannot carry a formula, and an auditor
 * sorting or summing a column needs it to stay a number; {@code -2+3} is not a plain
 * number and is neutralised.
 * <p>
 * <b>Reading back</b> ({@link #unneutralise}): after RFC 4180 parsing, a cell that starts
 * with {@code '} and whose first character other than spaces, LF and single quotes is a
 * trigger had exactly one {@code '} added: remove that one. Every value written comes
 * back unchanged, a value that itself starts with {@code '=} included (it is written
 * {@code ''=}). docs/dossier-format.md states the rule for auditors.
 */
public final class CsvCells {

	/** The characters that make a spreadsheet treat a cell as a formula. */
	static final String TRIGGERS = "=+-@\t\r";

	private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	private CsvCells() {
	}

	/**
	 * One line: the cells (null empty, others by {@code toString}) joined by commas,
	 * CRLF.
	 */
	public static String line(List<?> values) {
		return values.stream().map(v -> cell(v == null ? null : v.toString())).collect(Collectors.joining(","))
				+ "\r\n";
	}

	/** The cell as written: neutralised where needed, then quoted where needed. */
	public static String cell(String value) {
		if (value == null) {
			return "";
		}
		boolean neutralise = startsWithTrigger(value) && !PLAIN_NUMBER.matcher(value).matches();
		String s = neutralise ? "'" + value : value;
		if (neutralise || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0) {
			return '"' + s.replace("\"", "\"\"") + '"';
		}
		return s;
	}

	/**
	 * The value a writer was given, from a cell already unquoted by an RFC 4180 reader:
	 * removes the single quote {@link #cell} put in front of a formula trigger.
	 */
	public static String unneutralise(String cell) {
		if (cell != null && cell.startsWith("'") && startsWithTrigger(cell)) {
			return cell.substring(1);
		}
		return cell;
	}

	private static boolean startsWithTrigger(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (TRIGGERS.indexOf(c) >= 0) {
				return true;
			}
			if (c != '\'' && c != '\n' && !Character.isSpaceChar(c)) {
				return false;
			}
		}
		return false;
	}

}
