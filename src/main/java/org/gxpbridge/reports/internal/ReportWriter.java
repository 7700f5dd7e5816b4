package org.gxpbridge.reports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.gxpbridge.reports.ExportFormat;
import org.gxpbridge.reports.ReportColumn;
import org.gxpbridge.reports.ReportProvider;
import org.gxpbridge.shared.CsvCells;

/**
 * Writes rows as CSV ({@link CsvCells}: RFC 4180 with a header of column keys, CRLF,
 * UTF-8; a cell a spreadsheet would run as a formula neutralised) or JSON (an object with
 * the report id, the columns and one object per row), one row at a time.
 */
public final class ReportWriter {

	private static final JsonFactory JSON = new JsonFactory();

	private ReportWriter() {
	}

	/** Writes the rows and returns how many there were; flushes, does not close. */
	public static long write(ExportFormat format, ReportProvider provider, Stream<List<String>> rows, OutputStream out)
			throws IOException {
		return format == ExportFormat.CSV ? csv(provider.columns(), rows, out) : json(provider, rows, out);
	}

	static long csv(List<ReportColumn> columns, Stream<List<String>> rows, OutputStream out) throws IOException {
		Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		line(w, columns.stream().map(ReportColumn::key).toList());
		long n = 0;
		for (Iterator<List<String>> it = rows.iterator(); it.hasNext(); n++) {
			line(w, it.next());
		}
		w.flush();
		return n;
	}

	private static void line(Writer w, List<String> values) throws IOException {
		w.write(CsvCells.line(values));
	}

	static long json(ReportProvider provider, Stream<List<String>> rows, OutputStream out) throws IOException {
		List<ReportColumn> columns = provider.columns();
		JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
		g.writeStartObject();
		g.writeStringField("report", provider.id());
		g.writeStringField("title", provider.title());
		g.writeArrayFieldStart("columns");
		for (ReportColumn c : columns) {
			g.writeStartObject();
			g.writeStringField("key", c.key());
			g.writeStringField("label", c.label());
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeArrayFieldStart("rows");
		long n = 0;
		for (Iterator<List<String>> it = rows.iterator(); it.hasNext(); n++) {
			List<String> row = it.next();
			g.writeStartObject();
			for (int i = 0; i < columns.size(); i++) {
				g.writeStringField(columns.get(i).key(), row.get(i));
			}
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeNumberField("rowCount", n);
		g.writeEndObject();
		g.flush();
		return n;
	}

}
