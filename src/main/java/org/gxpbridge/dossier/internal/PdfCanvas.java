package org.gxpbridge.dossier.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One page's content stream, written as bytes: the few operators the dossier draws with
 * (rectangles, lines, text in DejaVu Sans), each state change (colour, line width, font)
 * written only when it differs from the page's current one, text shown with the glyph
 * codes {@link PdfFonts.Face} keeps per character, numbers with at most three decimals,
 * and the page compressed once when it is done. PDFBox's PDPageContentStream encoded each
 * string glyph by glyph, added every glyph to the subset again and repeated the font and
 * colour for every cell; the operators and text are the same, only fewer and cheaper.
 * Reused from page to page (one buffer, one deflater).
 */
final class PdfCanvas {

	// fast deflate: page streams are repetitive, level 1 keeps most of level 6's gain
	static final int LEVEL = Deflater.BEST_SPEED;

	private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private final PDDocument pdf;

	private final COSName regular;

	private final COSName bold;

	private final Deflater deflater = new Deflater(LEVEL);

	private byte[] buf = new byte[64 * 1024];

	private int len;

	// the page's graphics state as written so far (-1, NaN, null: not set on this page)
	private int fill;

	private int stroke;

	private float lineWidth;

	private PdfFonts.Face font;

	private float fontSize;

	private boolean inText;

	PdfCanvas(PDDocument pdf, COSName regular, COSName bold) {
		this.pdf = pdf;
		this.regular = regular;
		this.bold = bold;
		reset();
	}

	/** Starts a new, empty content stream. */
	void reset() {
		len = 0;
		fill = -1;
		stroke = -1;
		lineWidth = Float.NaN;
		font = null;
		fontSize = Float.NaN;
		inText = false;
	}

	/** Sets the fill (non-stroking) colour, 0xRRGGBB. */
	void fill(int rgb) {
		if (rgb != fill) {
			rgb(rgb);
			op("rg");
			fill = rgb;
		}
	}

	/** Sets the stroking colour, 0xRRGGBB. */
	void stroke(int rgb) {
		if (rgb != stroke) {
			rgb(rgb);
			op("RG");
			stroke = rgb;
		}
	}

	void lineWidth(float w) {
		if (w != lineWidth) {
			number(w);
			op("w");
			lineWidth = w;
		}
	}

	void rect(float x, float y, float w, float h) {
		number(x);
		number(y);
		number(w);
		number(h);
		op("re");
	}

	void fillPath() {
		op("f");
	}

	void strokePath() {
		op("S");
	}

	void moveTo(float x, float y) {
		number(x);
		number(y);
		op("m");
	}

	void lineTo(float x, float y) {
		number(x);
		number(y);
		op("l");
	}

	void beginText() {
		op("BT");
		inText = true;
	}

	void endText() {
		op("ET");
		inText = false;
	}

	/** Sets the font; text state outlives BT/ET, so only a change is written. */
	void font(PdfFonts.Face face, boolean isBold, float size) {
		if (face != font || size != fontSize) {
			name(isBold ? bold : regular);
			number(size);
			op("Tf");
			font = face;
			fontSize = size;
		}
	}

	/** Starts a line of text at (x, y) in page space (absolute, inside BT/ET). */
	void lineAt(float x, float y) {
		ensureText();
		ascii("1 0 0 1 ");
		number(x);
		number(y);
		op("Tm");
	}

	/** Moves to the next line, {@code dy} below or above the start of this one. */
	void nextLine(float dy) {
		ensureText();
		ascii("0 ");
		number(dy);
		op("Td");
	}

	/** Shows printable text (see {@link PdfFonts#printable}) in the current font. */
	void show(String printable) throws IOException {
		ensureText();
		if (font == null) {
			throw new IllegalStateException("no font set before text");
		}
		ensure(printable.length() * 4 + 8);
		buf[len++] = '<';
		for (int i = 0; i < printable.length(); i++) {
			byte[] code = font.code(printable.charAt(i));
			ensure(code.length * 2 + 8);
			for (byte b : code) {
				buf[len++] = HEX[(b >> 4) & 0xf];
				buf[len++] = HEX[b & 0xf];
			}
		}
		buf[len++] = '>';
		op("Tj");
	}

	/**
	 * The page's content so far as a new compressed stream of the document; the canvas is
	 * empty again after.
	 */
	COSStream toStream() throws IOException {
		if (inText) {
			throw new IllegalStateException("text object not ended");
		}
		COSStream stream = pdf.getDocument().createCOSStream();
		deflater.reset();
		try (OutputStream raw = stream.createRawOutputStream();
				DeflaterOutputStream out = new DeflaterOutputStream(raw, deflater, 16 * 1024)) {
			out.write(buf, 0, len);
			out.finish();
		}
		stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
		reset();
		return stream;
	}

	/** Frees the deflater's native memory. */
	void end() {
		deflater.end();
	}

	private void ensureText() {
		if (!inText) {
			throw new IllegalStateException("text outside BT/ET");
		}
	}

	private void rgb(int rgb) {
		number(((rgb >> 16) & 0xff) / 255f);
		number(((rgb >> 8) & 0xff) / 255f);
		number((rgb & 0xff) / 255f);
	}

	private void name(COSName name) {
		String n = name.getName();
		ensure(n.length() + 2);
		buf[len++] = '/';
		ascii(n);
		buf[len++] = ' ';
	}

	/**
	 * A number and a space: rounded to 1/1000 (PDFBox wrote up to five decimals; a
	 * thousandth of a point is far below what a page shows), without trailing zeros.
	 */
	void number(float value) {
		ensure(24);
		long thousandths = Math.round((double) value * 1000d);
		if (thousandths < 0) {
			buf[len++] = '-';
			thousandths = -thousandths;
		}
		long whole = thousandths / 1000;
		int fraction = (int) (thousandths % 1000);
		digits(whole);
		if (fraction != 0) {
			buf[len++] = '.';
			buf[len++] = (byte) ('0' + fraction / 100);
			if (fraction % 100 != 0) {
				buf[len++] = (byte) ('0' + fraction / 10 % 10);
				if (fraction % 10 != 0) {
					buf[len++] = (byte) ('0' + fraction % 10);
				}
			}
		}
		buf[len++] = ' ';
	}

	private void digits(long n) {
		if (n >= 10) {
			digits(n / 10);
		}
		buf[len++] = (byte) ('0' + n % 10);
	}

	private void op(String operator) {
		ensure(operator.length() + 1);
		ascii(operator);
		buf[len++] = '\n';
	}

	private void ascii(String s) {
		ensure(s.length());
		for (int i = 0; i < s.length(); i++) {
			buf[len++] = (byte) s.charAt(i);
		}
	}

	private void ensure(int more) {
		if (len + more > buf.length) {
			buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
		}
	}

	/** What has been written, for tests. */
	String content() {
		return new String(buf, 0, len, StandardCharsets.ISO_8859_1);
	}

}
