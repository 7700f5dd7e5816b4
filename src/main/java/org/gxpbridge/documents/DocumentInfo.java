package org.gxpbridge.documents;

import java.time.Instant;

/**
 * What the server knows about a stored document. {@code mediaType} was detected from the
 * content, never from the file name; {@code title}, {@code pages}, {@code language} and
 * {@code author} are what Tika found where known. {@code supersedes}/{@code supersededBy}
 * link the versions of a document: a new version is a new document.
 */
public record DocumentInfo(String id, String title, DocumentKind kind, int version, String fileName, String mediaType,
		long size, String sha256, Integer pages, String language, String author, String supersedes, String supersededBy,
		String uploadedBy, Instant uploadedAt) {
}
