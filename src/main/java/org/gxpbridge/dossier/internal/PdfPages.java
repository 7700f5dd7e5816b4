package org.gxpbridge.dossier.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays the dossier out page by page on A4 landscape, straight into PDFBox: each page is
 * written and left once it is full, so the cost is linear in the rows and only the
 * current page's row is held. Every page carries the record (top left), "IN PROGRESS:
 * record not closed" (top right) while the instance runs, and when and by whom the copy
 * was generated (bottom left); "Page x of y" is stamped on every page when the count is
 * known ({@link #stampPageNumbers}). Tables repeat their header on each page; a row stays
 * on one page unless it is longer than a page, and every cell wraps inside its column.
 * Content is written by {@link PdfCanvas}; all pages share one resource dictionary (the
 * two fonts).
 */
final class PdfPages implements Closeable {

	static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

	private static final float LEFT = 34f;

	static final float WIDTH = A4_LANDSCAPE.getWidth() - 2 * LEFT;

	private static final float TOP = A4_LANDSCAPE.getHeight() - 57f;

	private static final float BOTTOM = 51f;

	private static final float SIZE = 8f;

	private static final float LEADING = SIZE * 1.25f;

	private static final float PAD = 2.5f;

	private final PDDocument pdf;

	private final PdfFonts fonts;

	private final PDResources resources = new PDResources();

	private final PdfCanvas page;

	private PDPage current;

	private final String record;

	private final boolean inProgress;

	private final String generated;

	private float y;

	private PdfTable table;

	PdfPages(PDDocument pdf, PdfFonts fonts, String record, boolean inProgress, String generated) {
		this.pdf = pdf;
		this.fonts = fonts;
		this.record = record;
		this.inProgress = inProgress;
		this.generated = generated;
		COSName regularName = resources.add(fonts.regular);
		COSName boldName = resources.add(fonts.bold);
		this.page = new PdfCanvas(pdf, regularName, boldName);
	}

	/** The document's title: bold, large, wrapped. */
	void title(String text) throws IOException {
		lines(fonts.wrap(text, true, 15f, WIDTH), true, 15f, PdfTone.INK, 6f);
	}

	/**
	 * A section heading, kept with the start of what follows (a table header and two rows
	 * fit below it, else it opens the next page).
	 */
	void heading(String text) throws IOException {
		endTable();
		if (current == null || y - 12f - 15f - 4f * LEADING < BOTTOM) {
			newPage();
		}
		else {
			y -= 12f;
		}
		lines(fonts.wrap(text, true, 11.5f, WIDTH), true, 11.5f, PdfTone.INK, 4f);
	}

	/** A paragraph; {@code framed} draws the box that marks a record in progress. */
	void paragraph(String text, PdfTone tone, boolean framed) throws IOException {
		endTable();
		float size = 9f;
		List<String> wrapped = fonts.wrap(text, tone.bold(), size, WIDTH - (framed ? 10f : 0f));
		if (framed && current != null && y - wrapped.size() * size * 1.3f - 10f >= BOTTOM) {
			float h = wrapped.size() * size * 1.3f + 8f;
			page.lineWidth(1.5f);
			page.stroke(tone.color());
			page.rect(LEFT, y - h, WIDTH, h);
			page.strokePath();
			y -= 4f;
			linesAt(wrapped, tone.bold(), size, tone, LEFT + 5f);
			y -= 8f;
			return;
		}
		lines(wrapped, tone.bold(), size, tone, 4f);
	}

	/**
	 * Starts a table: column widths as fractions of the page's width, headers repeated on
	 * each page it runs over.
	 */
	void table(float[] widths, String... headers) throws IOException {
		endTable();
		float[] points = new float[widths.length];
		for (int i = 0; i < widths.length; i++) {
			points[i] = widths[i] * WIDTH;
		}
		table = new PdfTable(points, headers);
		ensurePage();
		if (y - BOTTOM < 3 * (LEADING + 2 * PAD)) {
			// a header alone at the foot of a page: start on the next, which repeats it
			newPage();
		}
		else if (headers.length > 0) {
			drawRow(PdfTone.HEADER, header(table), 0, 1);
		}
	}

	void row(PdfTone tone, String... cells) throws IOException {
		ensurePage();
		float[] widths = table.widths();
		List<List<String>> lines = new ArrayList<>(cells.length);
		int total = 1;
		for (int i = 0; i < cells.length; i++) {
			PdfTone cellTone = i == 0 && tone == PdfTone.FACT ? PdfTone.FACT_NAME : tone;
			List<String> cell = fonts.wrap(cells[i], cellTone.bold(), SIZE, widths[i] - 2 * PAD);
			lines.add(cell);
			total = Math.max(total, cell.size());
		}
		int from = 0;
		while (from < total) {
			int rest = total - from;
			int fit = (int) ((y - BOTTOM - 2 * PAD) / LEADING);
			// a row stays whole on one page unless it is longer than a page
			if (fit < rest && (fit < 1 || rest <= linesOnAFreshPage())) {
				newPage();
				continue;
			}
			int n = Math.min(fit, rest);
			drawRow(tone, lines, from, n);
			from += n;
			if (from < total) {
				newPage();
			}
		}
	}

	private int linesOnAFreshPage() {
		return (int) ((TOP - BOTTOM - 2 * PAD) / LEADING) - (table.headers().length > 0 ? 2 : 0);
	}

	private void drawRow(PdfTone tone, List<List<String>> lines, int from, int n) throws IOException {
		float[] widths = table.widths();
		float h = n * LEADING + 2 * PAD;
		float x = LEFT;
		for (int i = 0; i < widths.length; i++) {
			PdfTone cellTone = i == 0 && tone == PdfTone.FACT ? PdfTone.FACT_NAME : tone;
			if (cellTone.background() >= 0) {
				page.fill(cellTone.background());
				page.rect(x, y - h, widths[i], h);
				page.fillPath();
			}
			x += widths[i];
		}
		page.lineWidth(0.5f);
		page.stroke(PdfTone.BORDER.color());
		x = LEFT;
		for (float w : widths) {
			page.rect(x, y - h, w, h);
			x += w;
		}
		page.strokePath();
		x = LEFT;
		boolean text = false;
		for (int i = 0; i < widths.length; i++) {
			PdfTone cellTone = i == 0 && tone == PdfTone.FACT ? PdfTone.FACT_NAME : tone;
			List<String> cell = i < lines.size() ? lines.get(i) : List.of();
			if (from < cell.size()) {
				if (!text) {
					page.beginText();
					text = true;
				}
				page.font(fonts.face(cellTone.bold()), cellTone.bold(), SIZE);
				page.fill(cellTone.color());
				page.lineAt(x + PAD, y - PAD - SIZE * 0.95f);
				for (int l = from; l < Math.min(from + n, cell.size()); l++) {
					if (l > from) {
						page.nextLine(-LEADING);
					}
					page.show(cell.get(l));
				}
			}
			x += widths[i];
		}
		if (text) {
			page.endText();
		}
		y -= h;
	}

	/** Ends the current table, leaving a gap below it. */
	void endTable() {
		if (table != null) {
			table = null;
			y -= 6f;
		}
	}

	private void lines(List<String> wrapped, boolean bold, float size, PdfTone tone, float after) throws IOException {
		ensurePage();
		linesAt(wrapped, bold, size, tone, LEFT);
		y -= after;
	}

	private void linesAt(List<String> wrapped, boolean bold, float size, PdfTone tone, float x) throws IOException {
		float leading = size * 1.3f;
		for (String line : wrapped) {
			if (y - leading < BOTTOM) {
				newPage();
			}
			text(line, bold, size, tone, x, y - size);
			y -= leading;
		}
	}

	private void ensurePage() throws IOException {
		if (current == null) {
			newPage();
		}
	}

	private void newPage() throws IOException {
		endPage();
		current = new PDPage(A4_LANDSCAPE);
		current.setResources(resources);
		pdf.addPage(current);
		float top = A4_LANDSCAPE.getHeight();
		float right = LEFT + WIDTH;
		String status = "IN PROGRESS: record not closed";
		float statusWidth = inProgress ? fonts.width(status, true, 9f) + 12f : 0f;
		text(fonts.wrap(record, false, 8f, WIDTH - statusWidth).get(0), false, 8f, PdfTone.INK, LEFT, top - 30f);
		if (inProgress) {
			text(status, true, 9f, PdfTone.WARNING, right - fonts.width(status, true, 9f), top - 30f);
		}
		page.lineWidth(0.5f);
		page.stroke(PdfTone.BORDER.color());
		page.moveTo(LEFT, top - 36f);
		page.lineTo(right, top - 36f);
		page.strokePath();
		text(fonts.wrap(generated, false, 7.5f, WIDTH * 0.8f).get(0), false, 7.5f, PdfTone.INK, LEFT, 26f);
		y = TOP;
		if (table != null && table.headers().length > 0) {
			drawRow(PdfTone.HEADER, header(table), 0, 1);
		}
	}

	private List<List<String>> header(PdfTable t) throws IOException {
		List<List<String>> cells = new ArrayList<>();
		for (int i = 0; i < t.headers().length; i++) {
			cells.add(List.of(fonts.wrap(t.headers()[i], true, SIZE, t.widths()[i] - 2 * PAD).get(0)));
		}
		return cells;
	}

	private void text(String printable, boolean bold, float size, PdfTone tone, float x, float baseline)
			throws IOException {
		page.beginText();
		page.font(fonts.face(bold), bold, size);
		page.fill(tone.color());
		page.lineAt(x, baseline);
		page.show(printable);
		page.endText();
	}

	// the page done: its content becomes its stream
	private void endPage() throws IOException {
		if (current != null) {
			current.getCOSObject().setItem(COSName.CONTENTS, page.toStream());
			current = null;
		}
	}

	/**
	 * Second pass, once the count is known: "Page x of y" at the bottom right of every
	 * page, appended to the page's content.
	 */
	void stampPageNumbers() throws IOException {
		endPage();
		int count = pdf.getNumberOfPages();
		int n = 0;
		try {
			for (PDPage p : pdf.getPages()) {
				String label = "Page " + (++n) + " of " + count;
				page.beginText();
				page.font(fonts.face(false), false, 8f);
				page.fill(PdfTone.INK.color());
				page.lineAt(LEFT + WIDTH - fonts.width(label, false, 8f), 26f);
				page.show(label);
				page.endText();
				// a second content stream after the page's own: the text state is set
				// anew,
				// nothing else of the page's graphics state is used
				COSArray contents = new COSArray();
				contents.add(p.getCOSObject().getDictionaryObject(COSName.CONTENTS));
				contents.add(page.toStream());
				p.getCOSObject().setItem(COSName.CONTENTS, contents);
			}
		}
		finally {
			page.end();
		}
	}

	/** Ends the last page (its page number comes with {@link #stampPageNumbers}). */
	@Override
	public void close() throws IOException {
		endPage();
	}

	private record PdfTable(float[] widths, String[] headers) {
	}

}
