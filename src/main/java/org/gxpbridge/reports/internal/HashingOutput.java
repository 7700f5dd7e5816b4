package org.gxpbridge.reports.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;

import org.gxpbridge.shared.Sha256;

/**
 * Hashes the bytes on their way out, so what the audit trail records is the SHA-256 of
 * exactly what the reader received, without holding the export in memory.
 */
public class HashingOutput extends FilterOutputStream {

	private final MessageDigest sha = Sha256.newDigest();

	private long count;

	public HashingOutput(OutputStream out) {
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

	@Override
	public void close() throws IOException {
		flush(); // the servlet container closes the response itself
	}

	public long count() {
		return count;
	}

	/** The hex SHA-256 of everything written; call once, after the last byte. */
	public String sha256() {
		return Sha256.finish(sha);
	}

}
