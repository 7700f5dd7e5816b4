package org.gxpbridge.documents.internal;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Stops a parse that runs past its deadline or whose thread was interrupted. Tika parsers
 * do not react to interrupts, but almost all of them emit output as they go, so checking
 * here frees the parser thread of a runaway parse instead of leaving it busy after the
 * request has already been answered.
 */
final class DeadlineContentHandler extends ContentHandlerDecorator {

	private final long deadlineNanos;

	DeadlineContentHandler(ContentHandler handler, long deadlineNanos) {
		super(handler);
		this.deadlineNanos = deadlineNanos;
	}

	@Override
	public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
		check();
		super.startElement(uri, localName, name, atts);
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		check();
		super.characters(ch, start, length);
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
		check();
		super.ignorableWhitespace(ch, start, length);
	}

	private void check() throws SAXException {
		if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadlineNanos > 0) {
			throw new DeadlineExceeded();
		}
	}

	/**
	 * Thrown into the parser when time is up; recognised when the failure is classified.
	 */
	static final class DeadlineExceeded extends SAXException {

		DeadlineExceeded() {
			super("parse deadline exceeded");
		}

	}

}
