package org.gxpbridge.documents;

/** The original bytes of a document, verified against its SHA-256 when read. */
public record DocumentContent(DocumentInfo info, byte[] bytes) {
}
