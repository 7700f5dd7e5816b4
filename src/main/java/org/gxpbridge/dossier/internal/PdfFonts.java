package org.gxpbridge.dossier.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 * so no value can break the rendering or reference the .notdef glyph PDF/A forbids. What
 * is looked up per character (whether it is shown, its width, its glyph code) is looked
 * up once per document and kept in tables indexed by the character: a dossier shows a few
 * hundred distinct characters in millions of places.
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

	private final Face regularFace;

	private final Face boldFace;

	// per BMP character: 0 not looked up yet, 1 shown as it is, 2 no glyph in a face
	private final byte[] shown = new byte[0x10000];

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
		regularFace = new Face(regular, regularTtf, cmap, 1000f / regularTtf.getUnitsPerEm());
		boldFace = new Face(bold, boldTtf, boldCmap, 1000f / boldTtf.getUnitsPerEm());
	}

	Face face(boolean isBold) {
		return isBold ? boldFace : regularFace;
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
	private boolean shown(int cp) {
		if (cp > 0xFFFF) {
			return false;
		}
		if (shown[cp] == 0) {
			shown[cp] = (byte) (cmap.getGlyphId(cp) != 0 && boldCmap.getGlyphId(cp) != 0 ? 1 : 2);
		}
		return shown[cp] == 1;
	}

	/** Width in points of printable text (see {@link #printable}). */
	float width(String printable, boolean isBold, float size) throws IOException {
		Face face = face(isBold);
		float total = 0;
		for (int i = 0; i < printable.length(); i++) {
			total += face.advance(printable.charAt(i));
		}
		return total * size / 1000f;
	}

	/**
	 * Printable text broken into lines no wider than {@code max} points: at line breaks,
	 * then between words, and inside a word longer than a line (hashes, ids), so nothing
	 * runs off the page.
	 */
	List<String> wrap(String text, boolean isBold, float size, float max) throws IOException {
		String printable = printable(text);
		// most cells are one short line: the whole text fits (with a margin far above
		// float rounding, so the word by word measure below would keep it whole too)
		if (printable.indexOf('\n') < 0 && width(printable, isBold, size) <= max - 0.01f) {
			return List.of(printable);
		}
		Face face = face(isBold);
		List<String> lines = new ArrayList<>();
		for (String paragraph : printable.split("\n", -1)) {
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
					float cw = face.advance(word.charAt(i)) * size / 1000f;
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

	/**
	 * Reduces each face that showed text to the glyphs it showed; before the document is
	 * saved, once.
	 */
	void subset() throws IOException {
		for (Face face : new Face[] { regularFace, boldFace }) {
			if (face.used) {
				face.font.subset();
			}
		}
	}

	@Override
	public void close() throws IOException {
		regularTtf.close();
		boldTtf.close();
	}

	/**
	 * One face as the page writer uses it: advance widths (1/1000 em) and the codes its
	 * text is shown with (the PDF font's own encoding, two bytes per glyph), each looked
	 * up the first time a character is met; a character is added to the face's subset
	 * then, once, where PDFBox's showText added it again for every string shown. Text is
	 * not written through PDFBox's content stream, which is what registers a font for
	 * subsetting on save, so {@link PdfFonts#subset} does it.
	 */
	static final class Face {

		final PDType0Font font;

		private final TrueTypeFont ttf;

		private final CmapLookup cmap;

		private final float scale;

		private final float[] advances = new float[0x10000];

		private final byte[][] codes = new byte[0x10000][];

		private boolean used;

		private Face(PDType0Font font, TrueTypeFont ttf, CmapLookup cmap, float scale) {
			this.font = font;
			this.ttf = ttf;
			this.cmap = cmap;
			this.scale = scale;
			Arrays.fill(advances, Float.NaN);
		}

		/** Advance width of a printable character in 1/1000 em. */
		float advance(char ch) throws IOException {
			float w = advances[ch];
			if (Float.isNaN(w)) {
				w = ttf.getAdvanceWidth(cmap.getGlyphId(ch)) * scale;
				advances[ch] = w;
			}
			return w;
		}

		/** The bytes that show a printable character in this face. */
		byte[] code(char ch) throws IOException {
			byte[] code = codes[ch];
			if (code == null) {
				code = font.encode(String.valueOf(ch));
				font.addToSubset(ch);
				used = true;
				codes[ch] = code;
			}
			return code;
		}

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
