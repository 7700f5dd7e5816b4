package org.gxpbridge.controls;

/**
 * The file of a controlled document version, as stored by the documents module: its id
 * there, its name and SHA-256.
 */
public record DocumentFile(String documentId, String fileName, String sha256) {
}
