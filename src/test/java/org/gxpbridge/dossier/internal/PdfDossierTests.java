package org.gxpbridge.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gxpbridge.dossier.PdfA;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF writer on a long record made up in memory (no server): 1,500 events spread over
 * many pages, values that are long, unbroken, multi-line or in scripts DejaVu Sans lacks.
 * What an inspector's tools check: PDF/A-3b (PdfA), every page is headed "in progress",
 * numbered "Page x of y" and says who generated it, nothing is printed outside the page's
 * margins, the fonts are embedded once, text without a glyph is replaced visibly, and the
 * attachment is the JSON export. The PDF is written to target/dossier/ for a look.
 */
class PdfDossierTests {

	static byte[] pdf;

	@BeforeAll
	static void render() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfDossier.write(SyntheticDossier.content(1_500), out);
		pdf = out.toByteArray();
		Files.createDirectories(Path.of("target/dossier"));
		Files.write(Path.of("target/dossier/dossier-synthetic-1500.pdf"), pdf);
	}

	@Test
	void longRecordIsPdfA3b() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PdfA.assertPdfA3b(doc);
		}
	}

	@Test
	void everyPageSaysInProgressWhoGeneratedItAndItsNumber() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			int pages = doc.getNumberOfPages();
			assertThat(pages).isGreaterThan(20);
			PDFTextStripper page = new PDFTextStripper();
			for (int p = 1; p <= pages; p++) {
				page.setStartPage(p);
				page.setEndPage(p);
				assertThat(page.getText(doc)).as("page " + p)
					.contains("IN PROGRESS: record not closed", "Page " + p + " of " + pages,
							"Generated 2026-11-30 09:00:00 UTC (UTC+00:00) by Ivy Inspector (inspector)",
							"SOP-SYN-001");
			}
		}
	}

	@Test
	void signatureManifestationsAreOnTheFirstPage() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper first = new PDFTextStripper();
			first.setEndPage(1);
			assertThat(first.getText(doc)).contains(SyntheticDossier.NAME, "Ada Approver", SyntheticDossier.SIGNED_AT,
					"REVIEWED", "APPROVED", "VALID");
		}
	}

	@Test
	void nothingIsPrintedOutsideTheMarginsAndLongValuesWrap() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			float width = doc.getPage(0).getMediaBox().getWidth();
			float height = doc.getPage(0).getMediaBox().getHeight();
			List<TextPosition> outside = new ArrayList<>();
			PDFTextStripper positions = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition t) {
					if (t.getXDirAdj() < 30 || t.getXDirAdj() + t.getWidthDirAdj() > width - 30 || t.getYDirAdj() < 10
							|| t.getYDirAdj() > height - 10) {
						outside.add(t);
					}
					super.processTextPosition(t);
				}
			};
			String text = positions.getText(doc);
			assertThat(outside).as("glyphs outside the margins").isEmpty();
			assertThat(text).doesNotContain("x".repeat(60)).contains("x".repeat(25));
			assertThat(text).contains("line one", "line two with tab and a control char");
		}
	}

	@Test
	void textWithoutAGlyphIsReplacedVisiblyAndTheRestIsKept() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("Ωμέγα проверка " + PdfFonts.MISSING).doesNotContain("洗浄", "🧪");
		}
	}

	@Test
	void eachFontIsEmbeddedOnceAsASubset() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			Set<Object> fontFiles = new HashSet<>();
			for (PDPage page : doc.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).isTrue();
					assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
					fontFiles.add(font.getCOSObject());
				}
			}
			assertThat(fontFiles).hasSize(2);
		}
	}

	@Test
	void attachmentIsTheJsonExport() throws IOException {
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		JsonDossier.write(SyntheticDossier.content(1_500), json);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			byte[] attached = doc.getDocumentCatalog()
				.getNames()
				.getEmbeddedFiles()
				.getNames()
				.get(PdfDossier.ATTACHMENT)
				.getEmbeddedFile()
				.toByteArray();
			ObjectMapper mapper = new ObjectMapper();
			assertThat(mapper.readTree(attached)).isEqualTo(mapper.readTree(json.toByteArray()));
		}
	}

}
