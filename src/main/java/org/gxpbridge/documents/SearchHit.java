package org.gxpbridge.documents;

/**
 * A document matching a full-text search; {@code rank} orders hits, higher first;
 * {@code snippet} shows the match.
 */
public record SearchHit(String documentId, String title, DocumentKind kind, String mediaType, String snippet,
		double rank) {
}
