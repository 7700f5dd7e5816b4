package org.gxpbridge.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;

/**
 * The PDF/A-3b checks an archive's validator starts with, made with PDFBox: veraPDF 1.28
 * resolves from Maven Central but reads its validation profiles with javax JAXB, which
 * Spring Boot's Jakarta JAXB 4 on the test classpath cannot serve, so it is not used.
 * Checked: the XMP identification (part 3, conformance B) and title matching the document
 * information, an sRGB output intent with its ICC profile (GTS_PDFA1), a file identifier,
 * no encryption, every font on every page embedded with its font file, no transparency
 * (no page group, no soft mask, no constant alpha below 1).
 */
public final class PdfA {

	private PdfA() {
	}

	public static void assertPdfA3b(PDDocument pdf) throws IOException {
		XMPMetadata xmp;
		String title;
		try {
			xmp = new DomXmpParser().parse(pdf.getDocumentCatalog().getMetadata().exportXMPMetadata());
			title = xmp.getDublinCoreSchema().getTitle();
		}
		catch (Exception e) {
			throw new AssertionError("XMP metadata unreadable", e);
		}
		PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
		assertThat(id.getPart()).isEqualTo(3);
		assertThat(id.getConformance()).isEqualTo("B");
		assertThat(title).isEqualTo(pdf.getDocumentInformation().getTitle());
		assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo(pdf.getDocumentInformation().getProducer());
		assertThat(pdf.getDocumentCatalog().getOutputIntents()).isNotEmpty().allSatisfy(i -> {
			assertThat(i.getDestOutputIntent()).isNotNull();
			assertThat(i.getCOSObject().getNameAsString(COSName.S)).isEqualTo("GTS_PDFA1");
			assertThat(i.getOutputConditionIdentifier()).contains("sRGB");
		});
		assertThat(pdf.getDocument().getTrailer().getCOSArray(COSName.ID)).as("file identifier").isNotNull();
		assertThat(pdf.isEncrypted()).isFalse();
		for (PDPage page : pdf.getPages()) {
			assertThat(page.getCOSObject().containsKey(COSName.GROUP)).as("transparency group").isFalse();
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
				PDFontDescriptor descriptor = font instanceof PDType0Font type0
						? type0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
				assertThat(descriptor.getFontFile2()).as(font.getName() + " font file").isNotNull();
			}
			for (COSName name : resources.getExtGStateNames()) {
				PDExtendedGraphicsState gs = resources.getExtGState(name);
				COSDictionary d = gs.getCOSObject();
				assertThat(opacity(d.getDictionaryObject(COSName.CA))).isEqualTo(1f);
				assertThat(opacity(d.getDictionaryObject(COSName.CA_NS))).isEqualTo(1f);
				COSBase mask = d.getDictionaryObject(COSName.SMASK);
				assertThat(mask == null || COSName.NONE.equals(mask)).as("soft mask").isTrue();
			}
		}
	}

	private static float opacity(COSBase value) {
		COSBase v = value instanceof COSObject o ? o.getObject() : value;
		return v instanceof COSNumber n ? n.floatValue() : 1f;
	}

}
