package org.gxpbridge.dossier.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.springframework.core.io.ClassPathResource;

/**
 * PDF/A-3b laid out by openhtmltopdf from the XHTML dossier: DejaVu Sans embedded (the
 * only font used), sRGB output intent (the ICC profile of Debian's icc-profiles-free,
 * zlib licence, shipped in resources/dossier), and the JSON dossier embedded as an
 * associated file (AFRelationship Data), so the human-readable copy carries the
 * electronic one. The diagram is not drawn: the PDF lists the executed path.
 */
final class PdfDossier {

	static final String ATTACHMENT = "dossier.json";

	private static final byte[] SRGB = bytes("dossier/sRGB.icc");

	private PdfDossier() {
	}

	static void write(DossierContent c, OutputStream out) throws IOException {
		Path json = Files.createTempFile("gxp-dossier-", ".json");
		Path html = Files.createTempFile("gxp-dossier-", ".xhtml");
		try {
			try (OutputStream o = Files.newOutputStream(json)) {
				JsonDossier.write(c, o);
			}
			try (var w = Files.newBufferedWriter(html)) {
				HtmlDossier.document(c, w, true);
			}
			PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
				.usePdfAConformance(PdfAConformance.PDFA_3_B)
				.useColorProfile(SRGB)
				.withProducer("GxP Bridge")
				.useFont(() -> stream("dossier/DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true)
				.useFont(() -> stream("dossier/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true)
				.withFile(html.toFile());
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.layout();
				PDDocument pdf = renderer.createPDFKeepOpen();
				try (pdf) {
					attach(pdf, json, c);
					pdf.save(out);
				}
			}
		}
		finally {
			Files.deleteIfExists(json);
			Files.deleteIfExists(html);
		}
	}

	private static void attach(PDDocument pdf, Path json, DossierContent c) throws IOException {
		PDEmbeddedFile file;
		try (InputStream in = Files.newInputStream(json)) {
			file = new PDEmbeddedFile(pdf, in, COSName.FLATE_DECODE);
		}
		Calendar at = GregorianCalendar.getInstance(TimeZone.getTimeZone("UTC"));
		at.setTimeInMillis(c.generatedAt().toEpochMilli());
		file.setSubtype("application/json");
		file.setSize((int) Files.size(json));
		file.setCreationDate(at);
		file.setModDate(at);
		PDComplexFileSpecification spec = new PDComplexFileSpecification();
		spec.setFile(ATTACHMENT);
		spec.setFileUnicode(ATTACHMENT);
		spec.setEmbeddedFile(file);
		spec.setEmbeddedFileUnicode(file);
		spec.setFileDescription("The electronic dossier (JSON, docs/dossier-format.md)");
		spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
		PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
		tree.setNames(Map.of(ATTACHMENT, spec));
		PDDocumentCatalog catalog = pdf.getDocumentCatalog();
		PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
		names.setEmbeddedFiles(tree);
		catalog.setNames(names);
		COSArray associated = new COSArray();
		associated.add(spec);
		catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
	}

	private static InputStream stream(String resource) {
		try {
			return new ClassPathResource(resource).getInputStream();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] bytes(String resource) {
		try (InputStream in = stream(resource)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
