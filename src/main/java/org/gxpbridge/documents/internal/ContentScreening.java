package org.gxpbridge.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.RefusedByRuleException;
import org.gxpbridge.shared.TooLargeException;
import org.gxpbridge.shared.UnsupportedContentException;
import org.springframework.stereotype.Component;

/**
 * The checks a file passes before any parser sees it: not empty, not too large, type
 * detected from the bytes, a file name that does not contradict them, a type on the
 * allow-list, not truncated, XML not nested too deep.
 */
@Component
class ContentScreening {

	private static final MediaType ZIP = MediaType.application("zip");

	private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP_END_OF_CENTRAL_DIRECTORY = { 0x50, 0x4b, 0x05, 0x06 };

	private final TikaConfig tika;

	private final MediaTypeRegistry registry;

	private final DocumentSettings settings;

	private final Set<MediaType> allowed;

	ContentScreening(TikaConfig tika, DocumentSettings settings) {
		this.tika = tika;
		this.registry = tika.getMediaTypeRegistry();
		this.settings = settings;
		this.allowed = settings.allowedTypes().stream().map(MediaType::parse).collect(Collectors.toUnmodifiableSet());
	}

	/** The media type of the content, after every check has passed. */
	MediaType screen(String fileName, byte[] content) {
		if (content.length == 0) {
			throw new InvalidInputException("empty_document", "The file is empty (0 bytes)");
		}
		if (content.length > settings.maxSize().toBytes()) {
			throw new TooLargeException("document_too_large",
					"The file has " + content.length + " bytes; the limit is " + settings.maxSize().toBytes());
		}
		MediaType type = detect(content);
		MediaType claimed = tika.getMimeRepository().getMimeType(fileName == null ? "" : fileName).getType();
		if (!MediaType.OCTET_STREAM.equals(claimed) && !related(type, claimed)) {
			throw new UnsupportedContentException("extension_contradicts_content",
					"The file name '" + fileName + "' says " + claimed + " but the content is " + type
							+ "; rename the file or upload the right one");
		}
		if (!allowed.contains(type)) {
			throw new UnsupportedContentException("media_type_not_allowed", "The content is " + type
					+ ", which is not on the allow-list of document types (executables, scripts and archives are refused)");
		}
		if (MediaType.application("pdf").equals(type) && !endsWith(content, PDF_END, 1024)) {
			throw new RefusedByRuleException("truncated_document",
					"The PDF has no end-of-file marker (%%EOF): it is truncated");
		}
		if (isA(type, ZIP) && !endsWith(content, ZIP_END_OF_CENTRAL_DIRECTORY, 65_557)) {
			throw new RefusedByRuleException("truncated_document",
					"The " + type + " package has no central directory: it is truncated");
		}
		if (isA(type, MediaType.APPLICATION_XML)) {
			checkXmlDepth(content);
		}
		return type;
	}

	private MediaType detect(byte[] content) {
		// no resource name in the metadata: the type comes from the bytes alone
		try (TikaInputStream in = TikaInputStream.get(content)) {
			return tika.getDetector().detect(in, new Metadata()).getBaseType();
		}
		catch (IOException e) {
			throw new RefusedByRuleException("unreadable_document",
					"The file's type could not be detected: " + e.getMessage());
		}
	}

	private boolean related(MediaType content, MediaType claimed) {
		return content.equals(claimed) || registry.isSpecializationOf(content, claimed)
				|| registry.isSpecializationOf(claimed, content);
	}

	private boolean isA(MediaType type, MediaType ancestor) {
		return type.equals(ancestor) || registry.isSpecializationOf(type, ancestor);
	}

	private static boolean endsWith(byte[] content, byte[] marker, int window) {
		for (int i = content.length - marker.length; i >= Math.max(0, content.length - window); i--) {
			int j = 0;
			while (j < marker.length && content[i + j] == marker[j]) {
				j++;
			}
			if (j == marker.length) {
				return true;
			}
		}
		return false;
	}

	private void checkXmlDepth(byte[] content) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		int depth = 0;
		try {
			XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(content));
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.DTD && xml.getText().toUpperCase(Locale.ROOT).contains("<!ENTITY")) {
					throw new RefusedByRuleException("xml_entities_refused",
							"XML files that declare entities are refused");
				}
				else if (event == XMLStreamConstants.START_ELEMENT && ++depth > settings.maxXmlDepth()) {
					throw new RefusedByRuleException("xml_nesting_too_deep",
							"The XML nests elements more than " + settings.maxXmlDepth() + " levels deep");
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
		}
		catch (XMLStreamException e) {
			throw new RefusedByRuleException("unreadable_document", "The XML is not well-formed: " + e.getMessage());
		}
	}

}
