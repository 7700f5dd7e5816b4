package org.gxpbridge.dossier.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.springframework.core.io.ClassPathResource;

/**
 * What makes the dossier PDF an archive copy (PDF/A-3b): the identification and document
 * facts in XMP metadata matching the document information, the sRGB output intent (the
 * ICC profile of Debian's icc-profiles-free, zlib licence, shipped in resources/dossier),
 * and the JSON dossier embedded as an associated file (AFRelationship Data), so the
 * human-readable copy carries the electronic one.
 */
final class PdfArchive {

	static final String ATTACHMENT = "dossier.json";

	private static final String PRODUCER = "GxP Bridge";

	private static final String SRGB_NAME = "sRGB IEC61966-2.1";

	private static final byte[] SRGB = bytes("dossier/sRGB.icc");

	private PdfArchive() {
	}

	/** XMP and document information (the same facts in both), output intent. */
	static void declare(PDDocument pdf, String title, String author, Instant generatedAt) throws IOException {
		pdf.setVersion(1.7f);
		Calendar at = calendar(generatedAt);
		PDDocumentInformation info = pdf.getDocumentInformation();
		info.setTitle(title);
		info.setAuthor(author);
		info.setSubject("Process-history dossier");
		info.setCreator(PRODUCER);
		info.setProducer(PRODUCER);
		info.setCreationDate(at);
		info.setModificationDate(at);
		XMPMetadata xmp = XMPMetadata.createXMPMetadata();
		DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
		dc.setTitle(title);
		dc.addCreator(author);
		dc.setDescription("Process-history dossier");
		AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
		adobe.setProducer(PRODUCER);
		XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
		basic.setCreatorTool(PRODUCER);
		basic.setCreateDate(at);
		basic.setModifyDate(at);
		PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
		id.setPart(3);
		ByteArrayOutputStream serialized = new ByteArrayOutputStream();
		try {
			id.setConformance("B");
			new XmpSerializer().serialize(xmp, serialized, true);
		}
		catch (BadFieldValueException | TransformerException e) {
			throw new IOException("XMP metadata not written", e);
		}
		PDMetadata metadata = new PDMetadata(pdf);
		metadata.importXMPMetadata(serialized.toByteArray());
		PDDocumentCatalog catalog = pdf.getDocumentCatalog();
		catalog.setMetadata(metadata);
		PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(SRGB));
		intent.setInfo(SRGB_NAME);
		intent.setOutputCondition(SRGB_NAME);
		intent.setOutputConditionIdentifier(SRGB_NAME);
		intent.setRegistryName("http://www.color.org");
		catalog.addOutputIntent(intent);
	}

	/**
	 * Embeds the JSON dossier as the associated file: {@code deflated} holds it
	 * compressed (zlib, the stream's FlateDecode data), {@code size} is its length
	 * uncompressed.
	 */
	static void attach(PDDocument pdf, Path deflated, long size, Instant generatedAt) throws IOException {
		COSStream stream = pdf.getDocument().createCOSStream();
		try (OutputStream raw = stream.createRawOutputStream()) {
			Files.copy(deflated, raw);
		}
		stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
		PDEmbeddedFile file = new PDEmbeddedFile(stream);
		stream.setItem(COSName.TYPE, COSName.EMBEDDED_FILE);
		Calendar at = calendar(generatedAt);
		file.setSubtype("application/json");
		file.setSize((int) size);
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

	// whole seconds in UTC: PDF dates carry no fraction, and XMP must say the same
	private static Calendar calendar(Instant instant) {
		Calendar at = GregorianCalendar.getInstance(TimeZone.getTimeZone("UTC"));
		at.setTimeInMillis(instant.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
		return at;
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
