package org.gxpbridge.documents.internal;

/**
 * What Tika found in a file: its text and, where the format carries them, title, pages,
 * language and author.
 */
record Extraction(String text, String title, Integer pages, String language, String author) {
}
