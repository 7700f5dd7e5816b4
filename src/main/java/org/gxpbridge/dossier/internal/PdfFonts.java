package org.gxpbridge.dossier.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/**
 * DejaVu Sans and DejaVu Sans Bold, each embedded once per document as a subset (PDF/A
 * requires embedded fonts; the subset holds only the glyphs used, whatever the number of
 * pages). Text is made printable before it is measured or shown: a character the font has
 * no glyph for (CJK, emoji) becomes a visible U+FFFD, control characters become spaces,
 * so no value can break the rendering or reference the .notdef glyph PDF/A forbids.
 */
final class PdfFonts implements Closeable {

	static final char MISSING = '\uFFFD';

	private static final byte[] REGULAR = bytes("dossier/DejaVuSans.ttf");

	private static final byte[] BOLD = bytes("dossier/DejaVuSans-Bold.ttf");

	final PDType0Font regular;

	final PDType0Font bold;

	private final TrueTypeFont regularTtf;

	private final TrueTypeFont boldTtf;

	private final CmapLookup cmap;

	private final CmapLookup boldCmap;

	private final float regularScale;

	private final float boldScale;

	// widths in 1/1000 em by code point, filled as characters are met
	private final Map<Integer, Float> regularWidths = new HashMap<>();

	private final Map<Integer, Float> boldWidths = new HashMap<>();

	PdfFonts(PDDocument pdf) throws IOException {
		regularTtf = new TTFParser().parse(new RandomAccessReadBuffer(REGULAR));
		boldTtf = new TTFParser().parse(new RandomAccessReadBuffer(BOLD));
		// no glyph substitution: ligatures would change what text extraction reads, and
		// PDFBox's substitution costs more than the rest of the text output
		regularTtf.setEnableGsub(false);
		boldTtf.setEnableGsub(false);
		regular = PDType0Font.load(pdf, regularTtf, true);
		bold = PDType0Font.load(pdf, boldTtf, true);
		cmap = regularTtf.getUnicodeCmapLookup();
		boldCmap = boldTtf.getUnicodeCmapLookup();
		regularScale = 1000f / regularTtf.getUnitsPerEm();
		boldScale = 1000f / boldTtf.getUnitsPerEm();
	}

	/**
	 * The text as it can be shown: null as empty, tabs and other control characters as
	 * spaces, characters without a glyph in DejaVu Sans as U+FFFD.
	 */
	String printable(String s) throws IOException {
		if (s == null) {
			return "";
		}
		StringBuilder b = null;
		for (int i = 0; i < s.length();) {
			int cp = s.codePointAt(i);
			int n = Character.charCount(cp);
			char keep = cp == '\n' ? '\n'
					: cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? ' ' : shown(cp) ? (char) cp : MISSING;
			if (n > 1 || keep != cp) {
				if (b == null) {
					b = new StringBuilder(s.length()).append(s, 0, i);
				}
				b.append(keep);
			}
			else if (b != null) {
				b.append(keep);
			}
			i += n;
		}
		return b == null ? s : b.toString();
	}

	// both faces have the glyph (a heading may show any value in bold); characters
	// beyond the BMP (emoji, rare CJK) are replaced, which keeps one char per glyph
	private boolean shown(int cp) throws IOException {
		return cp <= 0xFFFF && cmap.getGlyphId(cp) != 0 && boldCmap.getGlyphId(cp) != 0;
	}

	/** Width in points of printable text (see {@link #printable}). */
	float width(String printable, boolean isBold, float size) throws IOException {
		Map<Integer, Float> widths = isBold ? boldWidths : regularWidths;
		TrueTypeFont ttf = isBold ? boldTtf : regularTtf;
		float scale = isBold ? boldScale : regularScale;
		CmapLookup lookup = isBold ? boldCmap : cmap;
		float total = 0;
		for (int i = 0; i < printable.length(); i++) {
			char ch = printable.charAt(i);
			Float w = widths.get((int) ch);
			if (w == null) {
				w = ttf.getAdvanceWidth(lookup.getGlyphId(ch)) * scale;
				widths.put((int) ch, w);
			}
			total += w;
		}
		return total * size / 1000f;
	}

	/**
	 * Printable text broken into lines no wider than {@code max} points: at line breaks,
	 * then between words, and inside a word longer than a line (hashes, ids), so nothing
	 * runs off the page.
	 */
	List<String> wrap(String text, boolean isBold, float size, float max) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String paragraph : printable(text).split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			float used = 0;
			float space = width(" ", isBold, size);
			for (String word : paragraph.split(" ", -1)) {
				float w = width(word, isBold, size);
				float needed = line.length() == 0 ? w : used + space + w;
				if (needed <= max) {
					if (line.length() > 0) {
						line.append(' ');
					}
					line.append(word);
					used = needed;
					continue;
				}
				if (line.length() > 0) {
					lines.add(line.toString());
					line.setLength(0);
					used = 0;
				}
				// a word wider than the column is cut where it reaches the edge
				int start = 0;
				float run = 0;
				for (int i = 0; i < word.length(); i++) {
					float cw = width(word.substring(i, i + 1), isBold, size);
					if (run + cw > max && i > start) {
						lines.add(word.substring(start, i));
						start = i;
						run = 0;
					}
					run += cw;
				}
				line.append(word, start, word.length());
				used = run;
			}
			lines.add(line.toString());
		}
		return lines;
	}

	@Override
	public void close() throws IOException {
		regularTtf.close();
		boldTtf.close();
	}

	private static byte[] bytes(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
