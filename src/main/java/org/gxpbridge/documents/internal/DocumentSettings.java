package org.gxpbridge.documents.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the ingestion path (defaults in application.yml).
 *
 * @param maxSize largest accepted file; {@code spring.servlet.multipart.*} sit a little
 * above it
 * @param allowedTypes media types (detected from content) that may be stored; everything
 * else is refused
 * @param writeLimit most characters of text Tika may extract; more is refused, not
 * truncated
 * @param parseTimeout how long a request waits for Tika before refusing the file
 * @param parseThreads parser threads; a hostile file occupies one of these, never a
 * request thread
 * @param parseQueue uploads that may wait for a parser thread before new ones are turned
 * away (503)
 * @param maxCompressionRatio output characters per input byte above which a file counts
 * as a zip bomb
 * @param maxNestingDepth deepest element nesting Tika may emit (SecureContentHandler)
 * @param maxPackageDepth deepest nesting of packages in packages
 * @param maxXmlDepth deepest element nesting of an uploaded XML file
 * @param citationPassages passages returned per cited framework
 */
@ConfigurationProperties("gxp.documents")
public record DocumentSettings(DataSize maxSize, List<String> allowedTypes, int writeLimit, Duration parseTimeout,
		int parseThreads, int parseQueue, long maxCompressionRatio, int maxNestingDepth, int maxPackageDepth,
		int maxXmlDepth, int citationPassages) {
}
