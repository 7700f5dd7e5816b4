package org.gxpbridge.support.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * A report of the validation kit as plain blocks (headings, paragraphs, tables), written
 * once and rendered twice: as HTML ({@link HtmlRenderer}) and as PDF
 * ({@link PdfRenderer}), so both forms always say the same.
 */
final class KitDocument {

	sealed interface Block permits Heading, Paragraph, Table {

	}

	record Heading(String text) implements Block {
	}

	record Paragraph(String text) implements Block {
	}

	/**
	 * A table; {@code widths} are relative column widths for the PDF,
	 * {@code statusColumn} the column whose value colours the row in HTML (-1 for none).
	 */
	record Table(List<String> headers, List<List<String>> rows, List<Integer> widths,
			int statusColumn) implements Block {
	}

	private final String title;

	private final List<Block> blocks = new ArrayList<>();

	KitDocument(String title) {
		this.title = title;
	}

	String title() {
		return this.title;
	}

	List<Block> blocks() {
		return this.blocks;
	}

	KitDocument heading(String text) {
		this.blocks.add(new Heading(text));
		return this;
	}

	KitDocument paragraph(String text) {
		this.blocks.add(new Paragraph(text));
		return this;
	}

	KitDocument table(List<String> headers, List<List<String>> rows, List<Integer> widths, int statusColumn) {
		this.blocks.add(new Table(headers, rows, widths, statusColumn));
		return this;
	}

}
