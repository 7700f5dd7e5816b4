package org.gxpbridge.documents;

/**
 * An upload as it arrived. {@code fileName} is only ever compared with the content, never
 * trusted for the type. {@code title}, {@code kind} and {@code supersedes} are optional.
 */
public record NewDocument(String fileName, byte[] content, String title, DocumentKind kind, String supersedes) {
}
