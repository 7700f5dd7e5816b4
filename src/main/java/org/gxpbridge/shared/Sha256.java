package org.gxpbridge.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as lower-case hex, the one form in which every module stores and compares
 * content hashes, token hashes and chain hashes: an inspector recomputing one with
 * {@code sha256sum} gets the same 64 characters.
 */
public final class Sha256 {

	private static final HexFormat HEX = HexFormat.of();

	private Sha256() {
	}

	/** The SHA-256 of these bytes, in hex. */
	public static String hex(byte[] bytes) {
		return HEX.formatHex(newDigest().digest(bytes));
	}

	/** The SHA-256 of the UTF-8 bytes of this text, in hex. */
	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The SHA-256 of everything left in this stream, in hex; the stream is read to its
	 * end, not closed.
	 */
	public static String hex(InputStream in) throws IOException {
		MessageDigest sha = newDigest();
		byte[] buffer = new byte[8192];
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			sha.update(buffer, 0, n);
		}
		return finish(sha);
	}

	/**
	 * A fresh SHA-256 digest, for hashing that is fed piece by piece (a chain step, a
	 * bundle written line by line); {@link #finish} gives its hex.
	 */
	public static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}

	/** Completes the digest (which is reset) and returns its hash in hex. */
	public static String finish(MessageDigest sha) {
		return HEX.formatHex(sha.digest());
	}

}
