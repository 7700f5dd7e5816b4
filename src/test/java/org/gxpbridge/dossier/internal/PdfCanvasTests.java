package org.gxpbridge.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;

/**
 * The dossier's own page writer and text measure (no server): numbers as PDF reads them,
 * each state change written once, text shown with the font's glyph codes, and wrapped
 * lines that fit their column and lose no character.
 */
@Verifies({ "P11-10b", "CHK-18" })
class PdfCanvasTests {

	@Test
	void writesNumbersWithAtMostThreeDecimalsAndNoTrailingZeros() throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			PdfCanvas canvas = new PdfCanvas(pdf, COSName.getPDFName("F1"), COSName.getPDFName("F2"));
			for (float f : new float[] { 0f, 12.5f, -3f, 0.0004f, 0x11 / 255f, 773.89f, -0.05f, 1000.0006f }) {
				canvas.number(f);
			}
			assertThat(canvas.content()).isEqualTo("0 12.5 -3 0 0.067 773.89 -0.05 1000.001 ");
			canvas.end();
		}
	}

	@Test
	void writesAColourLineWidthOrFontOnlyWhenItChanges() throws IOException {
		try (PDDocument pdf = new PDDocument(); PdfFonts fonts = new PdfFonts(pdf)) {
			PdfCanvas canvas = new PdfCanvas(pdf, COSName.getPDFName("F1"), COSName.getPDFName("F2"));
			canvas.fill(0x111111);
			canvas.fill(0x111111);
			canvas.stroke(0x999999);
			canvas.stroke(0x999999);
			canvas.lineWidth(0.5f);
			canvas.lineWidth(0.5f);
			canvas.beginText();
			canvas.font(fonts.face(false), false, 8f);
			canvas.lineAt(10f, 20f);
			canvas.show("A");
			canvas.font(fonts.face(false), false, 8f);
			canvas.show("A");
			canvas.font(fonts.face(true), true, 8f);
			canvas.show("A");
			canvas.endText();
			String content = canvas.content();
			assertThat(content)
				.isEqualTo("0.067 0.067 0.067 rg\n0.6 0.6 0.6 RG\n0.5 w\nBT\n/F1 8 Tf\n1 0 0 1 10 20 Tm\n"
						+ hex(fonts.face(false), 'A') + "Tj\n" + hex(fonts.face(false), 'A') + "Tj\n/F2 8 Tf\n"
						+ hex(fonts.face(true), 'A') + "Tj\nET\n");
			// a new page starts with nothing set
			canvas.toStream();
			canvas.fill(0x111111);
			assertThat(canvas.content()).isEqualTo("0.067 0.067 0.067 rg\n");
			canvas.end();
		}
	}

	@Test
	void showsTextWithTheFontsOwnEncoding() throws IOException {
		try (PDDocument pdf = new PDDocument(); PdfFonts fonts = new PdfFonts(pdf)) {
			String text = fonts.printable("Renée Ångström Ωμέγα проверка 洗浄");
			assertThat(text).endsWith(" " + PdfFonts.MISSING + PdfFonts.MISSING);
			for (boolean bold : new boolean[] { false, true }) {
				PdfFonts.Face face = fonts.face(bold);
				for (char ch : text.toCharArray()) {
					assertThat(face.code(ch)).isEqualTo(face.font.encode(String.valueOf(ch)));
				}
			}
		}
	}

	@Test
	void wrappedLinesFitTheirColumnAndKeepEveryCharacter() throws IOException {
		Random random = new Random(15);
		String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789 .,;:-/()ÅøéΩж     ";
		try (PDDocument pdf = new PDDocument(); PdfFonts fonts = new PdfFonts(pdf)) {
			for (int n = 0; n < 2_000; n++) {
				StringBuilder b = new StringBuilder();
				int length = random.nextInt(200);
				for (int i = 0; i < length; i++) {
					b.append(alphabet.charAt(random.nextInt(alphabet.length())));
				}
				String text = b.toString();
				boolean bold = random.nextBoolean();
				float max = 20f + random.nextFloat() * 200f;
				List<String> lines = fonts.wrap(text, bold, 8f, max);
				List<String> tooWide = new ArrayList<>();
				for (String line : lines) {
					if (line.length() > 1 && fonts.width(line, bold, 8f) > max + 0.001f) {
						tooWide.add(line);
					}
				}
				assertThat(tooWide).as("lines wider than %s in %s", max, text).isEmpty();
				assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
				if (fonts.width(text, bold, 8f) <= max - 0.01f) {
					assertThat(lines).containsExactly(text);
				}
			}
		}
	}

	private static String hex(PdfFonts.Face face, char ch) throws IOException {
		StringBuilder b = new StringBuilder("<");
		for (byte x : face.font.encode(String.valueOf(ch))) {
			b.append(String.format("%02x", x & 0xff));
		}
		return b.append('>').toString();
	}

}
