package org.gxpbridge.regulation.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.gxpbridge.regulation.internal.ImportBatch.Fields;
import org.gxpbridge.regulation.internal.ImportBatch.FrameworkDraft;
import org.gxpbridge.regulation.internal.ImportBatch.MappingDraft;
import org.gxpbridge.regulation.internal.ImportBatch.RequirementDraft;

/**
 * The plain CSV forms (UTF-8, header line required, columns exactly in this order):
 * requirements of one framework {@code id,title,description,parent}, and links
 * {@code from_framework,from_id,to_framework,to_id,relation}.
 */
public final class CsvCatalogueReader {

	public static final List<String> REQUIREMENT_COLUMNS = List.of("id", "title", "description", "parent");

	public static final List<String> MAPPING_COLUMNS = List.of("from_framework", "from_id", "to_framework", "to_id",
			"relation");

	private CsvCatalogueReader() {
	}

	public static ImportBatch requirements(byte[] content, String frameworkId, String frameworkName,
			ImportProblems problems) {
		ImportBatch batch = new ImportBatch();
		if (frameworkId == null) {
			problems.add("field frameworkId", "choose the catalogue id the requirements belong to");
			return batch;
		}
		batch.frameworks.add(new FrameworkDraft(frameworkId, frameworkName, frameworkName, null));
		for (Csv.Row row : rows(content, REQUIREMENT_COLUMNS, problems)) {
			batch.requirements.add(new RequirementDraft(frameworkId, value(row, 0), value(row, 1), value(row, 2),
					value(row, 3), "line " + row.line()));
		}
		return batch;
	}

	public static ImportBatch mappings(byte[] content, ImportProblems problems) {
		ImportBatch batch = new ImportBatch();
		for (Csv.Row row : rows(content, MAPPING_COLUMNS, problems)) {
			String relation = value(row, 4);
			batch.mappings.add(new MappingDraft(value(row, 0), value(row, 1), value(row, 2), value(row, 3),
					relation == null ? null : relation.toUpperCase(Locale.ROOT), "line " + row.line(), Fields.CSV));
		}
		return batch;
	}

	private static List<Csv.Row> rows(byte[] content, List<String> columns, ImportProblems problems) {
		List<Csv.Row> rows = Csv.parse(utf8(content));
		if (rows.isEmpty()) {
			throw ImportProblems.unreadable("line 1",
					"the file is empty; expected the header " + String.join(",", columns));
		}
		List<String> header = rows.get(0).fields().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
		for (int i = 0; i < Math.max(header.size(), columns.size()); i++) {
			String found = i < header.size() ? header.get(i) : "(none)";
			String expected = i < columns.size() ? columns.get(i) : "(no more columns)";
			if (!found.equals(expected)) {
				throw ImportProblems.unreadable("line 1, column " + (i + 1), "found '" + found + "', expected '"
						+ expected + "' (header: " + String.join(",", columns) + ")");
			}
		}
		List<Csv.Row> data = rows.subList(1, rows.size());
		for (Csv.Row row : data) {
			if (row.fields().size() != columns.size()) {
				problems.add("line " + row.line(), row.fields().size() + " fields, expected " + columns.size() + " ("
						+ String.join(",", columns) + ")");
			}
		}
		return data.stream().filter(r -> r.fields().size() == columns.size()).toList();
	}

	private static String value(Csv.Row row, int column) {
		String v = row.fields().get(column);
		return v.isBlank() ? null : v;
	}

	private static String utf8(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw ImportProblems.unreadable("file", "not UTF-8 text");
		}
	}

}
