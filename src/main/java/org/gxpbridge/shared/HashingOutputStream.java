package org.gxpbridge.shared;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;

/**
 * Counts and hashes what passes to the client, so the ledger records the SHA-256 of
 * exactly the bytes handed out without holding them (dossiers, reports).
 */
public final class HashingOutputStream extends FilterOutputStream {

	private final MessageDigest sha = Sha256.newDigest();

	private long count;

	public HashingOutputStream(OutputStream out) {
		super(out);
	}

	@Override
	public void write(int b) throws IOException {
		out.write(b);
		sha.update((byte) b);
		count++;
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		out.write(b, off, len);
		sha.update(b, off, len);
		count += len;
	}

	/** Leaves the client's stream open: the web container closes it. */
	@Override
	public void close() throws IOException {
		flush();
	}

	public long count() {
		return count;
	}

	public String sha256() {
		return Sha256.finish(sha);
	}

}
