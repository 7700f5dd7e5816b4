package org.gxpbridge.modeling.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.gxpbridge.modeling.ModelProblem;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The gate every XML draft passes before any model parser sees it: a document type
 * declaration (the carrier of XXE and billion-laughs entity expansion) is refused on the
 * text itself, then a SAX parser with DOCTYPE disallowed and no external access checks
 * that the XML is well-formed.
 */
final class SecureXml {

	static final String UNSAFE = "unsafe-xml";

	static final String MALFORMED = "malformed-xml";

	private SecureXml() {
	}

	/** The problem that refuses this text, or null when it is safe, well-formed XML. */
	static ModelProblem check(String xml, String documentId) {
		String lower = xml.toLowerCase(Locale.ROOT);
		if (lower.contains("<!doctype") || lower.contains("<!entity")) {
			return new ModelProblem(documentId, UNSAFE,
					"DOCTYPE and ENTITY declarations are refused (external entities and entity expansion, "
							+ "e.g. XXE or billion laughs); BPMN and DMN files need none");
		}
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			var parser = factory.newSAXParser();
			parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			parser.parse(new InputSource(new StringReader(xml)), new DefaultHandler());
			return null;
		}
		catch (SAXParseException e) {
			return new ModelProblem(documentId, MALFORMED, "The XML is not well-formed at line " + e.getLineNumber()
					+ ", column " + e.getColumnNumber() + ": " + e.getMessage());
		}
		catch (SAXException | IOException e) {
			return new ModelProblem(documentId, MALFORMED, "The XML cannot be read: " + e.getMessage());
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException("The secure XML parser is not available", e);
		}
	}

	static List<ModelProblem> asList(ModelProblem p) {
		return p == null ? List.of() : List.of(p);
	}

}
