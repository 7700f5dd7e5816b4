package org.gxpbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.gxpbridge.support.CsvReader;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one CSV cell writer: RFC 4180 quoting, and no cell a spreadsheet would run as a
 * formula (OWASP CSV injection), while every value still reads back as entered.
 */
@Verifies({ "P11-10b", "CHK-06" })
class CsvCellsTests {

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+1+1", "-1+1", "@SUM(1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\")",
			"=cmd|' /C calc'!A0", "-2+3", "+", "-", "=" })
	void neutralisesACellStartingWithAFormulaTrigger(String value) {
		String cell = CsvCells.cell(value);
		assertThat(cell).as("quoted, with ' before the trigger").startsWith("\"'").endsWith("\"");
		assertThat(CsvReader.parseRaw(cell + "\r\n").get(0)).as("what a spreadsheet receives")
			.containsExactly("'" + value);
	}

	@Test
	void neutralisesEveryTriggerCharacterOfOwasp() {
		for (char trigger : "=+-@\t\r".toCharArray()) {
			assertThat(CsvCells.cell(trigger + "x")).as("trigger %s", (int) trigger).isEqualTo("\"'" + trigger + "x\"");
		}
		assertThat(CsvCells.cell("x=1")).as("a trigger later in the cell is harmless").isEqualTo("x=1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "  =1", " @SUM(1)", "\u00a0=1", "\n=1", "\n \t1" })
	void looksThroughLeadingSpacesBecauseSomeImportsTrimThem(String value) {
		assertThat(CsvReader.parseRaw(CsvCells.cell(value) + "\r\n").get(0)).containsExactly("'" + value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-5", "+1.5", "0", "42", "-0.25", "+7" })
	void leavesPlainNumbersAlone(String number) {
		assertThat(CsvCells.cell(number)).isEqualTo(number);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-5 ", " -5", "-5e3", "-1.", "--5", "-5,0" })
	void neutralisesWhatOnlyLooksLikeANumber(String value) {
		assertThat(CsvCells.cell(value)).startsWith("\"'");
	}

	@Test
	void quotesCommasQuotesAndLineBreaksAndDoublesInnerQuotes() {
		assertThat(CsvCells.cell("plain text")).isEqualTo("plain text");
		assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(CsvCells.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(CsvCells.cell("line 1\r\nline 2")).isEqualTo("\"line 1\r\nline 2\"");
		assertThat(CsvCells.cell("a\nb")).isEqualTo("\"a\nb\"");
		assertThat(CsvCells.cell("a\rb")).isEqualTo("\"a\rb\"");
	}

	@Test
	void writesNullAsAnEmptyCellAndEndsLinesWithCrlf() {
		assertThat(CsvCells.cell(null)).isEmpty();
		assertThat(CsvCells.cell("")).isEmpty();
		assertThat(CsvCells.line(Arrays.asList("a", null, 3, "=1"))).isEqualTo("a,,3,\"'=1\"\r\n");
	}

	@Test
	void everyValueReadsBackAsEntered() {
		List<String> values = Arrays.asList("=HYPERLINK(\"http://x\")", "@SUM(1)", "-2+3", "-5", "+1.5", "  =1", "'=1",
				"''=1", "'-5", "'", "'abc", "it's", "a,b", "line 1\r\nline 2", "\t", "\r", "", "plain", "=\"\"");
		List<List<String>> rows = CsvReader.parse(CsvCells.line(values) + CsvCells.line(values));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsExactlyElementsOf(values.stream().map(v -> v == null ? "" : v).toList());
		assertThat(rows.get(1)).isEqualTo(rows.get(0));
	}

	@Test
	void aValueStartingWithQuoteAndTriggerGetsOneMoreQuoteSoItReadsBack() {
		assertThat(CsvCells.cell("'=1")).isEqualTo("\"''=1\"");
		assertThat(CsvCells.unneutralise("''=1")).isEqualTo("'=1");
		assertThat(CsvCells.cell("'abc")).as("no trigger: written as entered").isEqualTo("'abc");
		assertThat(CsvCells.unneutralise("'abc")).isEqualTo("'abc");
		assertThat(CsvCells.unneutralise(null)).isNull();
	}

}
