package org.gxpbridge.support.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a {@link KitDocument} as a PDF with PDFBox: landscape A4, plain text layout,
 * DejaVu Sans embedded (the dossier's fonts), tables as wrapped columns, page numbers.
 */
final class PdfRenderer {

	private static final float MARGIN = 36;

	private static final float TEXT_SIZE = 8;

	private static final float LEADING = 10;

	/** Room a heading needs on its page: itself, a table header and three rows. */
	private static final float HEADING_WITH_ROWS = 5 * 14f;

	private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

	private final PDDocument pdf = new PDDocument();

	private final PDType0Font regular;

	private final PDType0Font bold;

	private final Map<Integer, Boolean> glyphs = new HashMap<>();

	private PDPageContentStream page;

	private float y;

	private int pages;

	private final String footer;

	private PdfRenderer(String footer) throws IOException {
		this.regular = font("/dossier/DejaVuSans.ttf");
		this.bold = font("/dossier/DejaVuSans-Bold.ttf");
		this.footer = footer;
	}

	static void render(KitDocument document, String footer, Path target) {
		try {
			PdfRenderer renderer = new PdfRenderer(footer);
			renderer.write(document, target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + target, ex);
		}
	}

	private void write(KitDocument document, Path target) throws IOException {
		try (this.pdf) {
			PDDocumentInformation info = this.pdf.getDocumentInformation();
			info.setTitle(document.title());
			info.setCreator("GxP Bridge validation kit");
			newPage();
			text(this.bold, 14, 0, width(), document.title());
			this.y -= 6;
			for (KitDocument.Block block : document.blocks()) {
				if (block instanceof KitDocument.Heading heading) {
					this.y -= 6;
					if (this.y - HEADING_WITH_ROWS < MARGIN + 14) {
						// a heading stays with the first rows of what it heads
						newPage();
					}
					text(this.bold, 11, 0, width(), heading.text());
				}
				else if (block instanceof KitDocument.Paragraph paragraph) {
					text(this.regular, 9, 0, width(), paragraph.text());
				}
				else if (block instanceof KitDocument.Table table) {
					table(table);
				}
				this.y -= 4;
			}
			this.page.close();
			this.pdf.save(target.toFile());
		}
	}

	private void table(KitDocument.Table table) throws IOException {
		float[] columns = columnWidths(table.widths());
		row(this.bold, table.headers(), columns);
		for (List<String> cells : table.rows()) {
			row(this.regular, cells, columns);
		}
	}

	private void row(PDType0Font font, List<String> cells, float[] columns) throws IOException {
		List<List<String>> wrapped = new ArrayList<>();
		int height = 1;
		for (int i = 0; i < cells.size(); i++) {
			List<String> lines = wrap(font, TEXT_SIZE, cells.get(i), columns[i] - 4);
			wrapped.add(lines);
			height = Math.max(height, lines.size());
		}
		// a row taller than what is left continues on the next page, line by line (a
		// requirement may list many tests)
		for (int line = 0; line < height; line++) {
			if (this.y - LEADING < MARGIN + 14) {
				newPage();
			}
			float x = 0;
			for (int i = 0; i < wrapped.size(); i++) {
				if (line < wrapped.get(i).size()) {
					show(font, TEXT_SIZE, x, this.y, wrapped.get(i).get(line));
				}
				x += columns[i];
			}
			this.y -= LEADING;
		}
		this.page.moveTo(MARGIN, this.y - 1);
		this.page.lineTo(MARGIN + width(), this.y - 1);
		this.page.setLineWidth(0.3f);
		this.page.stroke();
		this.y -= 3;
	}

	private void text(PDType0Font font, float size, float x, float width, String text) throws IOException {
		for (String line : wrap(font, size, text, width)) {
			if (this.y - size * 1.3f < MARGIN + 14) {
				newPage();
			}
			show(font, size, x, this.y, line);
			this.y -= size * 1.3f;
		}
	}

	private void show(PDType0Font font, float size, float x, float baseline, String line) throws IOException {
		this.page.beginText();
		this.page.setFont(font, size);
		this.page.newLineAtOffset(MARGIN + x, baseline - size);
		this.page.showText(line);
		this.page.endText();
	}

	private void newPage() throws IOException {
		if (this.page != null) {
			this.page.close();
		}
		PDPage next = new PDPage(PAGE);
		this.pdf.addPage(next);
		this.pages++;
		this.page = new PDPageContentStream(this.pdf, next);
		show(this.regular, 7, 0, MARGIN, this.footer + "   page " + this.pages);
		this.y = PAGE.getHeight() - MARGIN;
	}

	private List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String paragraph : printable(font, (text != null) ? text : "").split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (widthOf(font, size, candidate) <= width) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				// a word wider than the column (a long test name) is broken where it must
				// be
				for (char c : word.toCharArray()) {
					if (widthOf(font, size, line.toString() + c) > width && !line.isEmpty()) {
						lines.add(line.toString());
						line.setLength(0);
					}
					line.append(c);
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private float widthOf(PDType0Font font, float size, String text) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	/**
	 * Characters the font cannot draw (and control characters) become '?' rather than
	 * failing the kit.
	 */
	private String printable(PDType0Font font, String text) {
		StringBuilder out = new StringBuilder();
		text.replace('\t', ' ').replace("\r", "").codePoints().forEach((cp) -> {
			boolean drawable = cp == '\n' || this.glyphs.computeIfAbsent(cp, (c) -> canDraw(font, c));
			out.appendCodePoint(drawable ? cp : '?');
		});
		return out.toString();
	}

	private static boolean canDraw(PDType0Font font, int codePoint) {
		if (Character.isISOControl(codePoint)) {
			return false;
		}
		try {
			font.encode(new String(Character.toChars(codePoint)));
			return true;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	private float[] columnWidths(List<Integer> weights) {
		float total = weights.stream().mapToInt(Integer::intValue).sum();
		float[] widths = new float[weights.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = width() * weights.get(i) / total;
		}
		return widths;
	}

	private float width() {
		return PAGE.getWidth() - 2 * MARGIN;
	}

	private PDType0Font font(String resource) throws IOException {
		try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("font " + resource + " is not on the classpath");
			}
			return PDType0Font.load(this.pdf, in, true);
		}
	}

}
