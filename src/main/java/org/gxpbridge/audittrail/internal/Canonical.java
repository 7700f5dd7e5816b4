package org.gxpbridge.audittrail.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.shared.Sha256;

/**
 * The one canonical byte form of an entry, and the chain step: h(n) = SHA-256(h(n-1) ||
 * canonical(entry n)), h(0) = 32 zero bytes. Every field is length-prefixed, so no value
 * can be shifted into its neighbour. The offline bundle check uses the same code, so
 * server and inspector cannot disagree about what was hashed.
 */
public final class Canonical {

	public static final String GENESIS = "0".repeat(64);

	private static final HexFormat HEX = HexFormat.of();

	private static final ThreadLocal<Buffer> BUFFER = ThreadLocal.withInitial(Buffer::new);

	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Sha256::newDigest);

	private Canonical() {
	}

	public static byte[] bytes(AuditEntry e) {
		Buffer out = BUFFER.get();
		out.reset();
		field(out, Long.toString(e.seq()));
		field(out, time(e.recordedAt()));
		for (String s : new String[] { e.actorId(), e.actorName(), e.actorRole(), e.action(), e.objectType(),
				e.objectId(), e.processInstanceId(), e.businessKey(), e.field(), e.oldValue(), e.newValue(), e.reason(),
				e.clientAddress(), e.contentHash(), e.sourceTable(), e.sourceRowId(), e.sourceDigest() }) {
			field(out, s);
		}
		field(out, time(e.removalAt()));
		return out.toByteArray();
	}

	/** The chain hash of {@code entry} after {@code previousHash} (hex). */
	public static String chain(String previousHash, AuditEntry entry) {
		MessageDigest sha = SHA256.get();
		sha.reset();
		sha.update(HEX.parseHex(previousHash));
		bytes(entry);
		BUFFER.get().digestInto(sha);
		return Sha256.finish(sha);
	}

	public static String sha256(byte[] data) {
		return Sha256.hex(data);
	}

	public static String sha256(String text) {
		return Sha256.hex(text);
	}

	/**
	 * What a checkpoint signature covers; printed in docs/audit-trail.md so openssl can
	 * check it.
	 */
	public static String checkpointPayload(long lastPosition, String chainHash, Instant sealedAt) {
		return "gxp-audit-checkpoint/1|" + lastPosition + "|" + chainHash + "|" + sealedAt;
	}

	/**
	 * What a high-water mark signature covers; see V21__audit_high_water_mark.sql and
	 * docs/audit-trail.md.
	 */
	public static String watermarkPayload(long entries, long lastSeq, long lastPosition, String chainHash,
			Instant writtenAt) {
		return "gxp-audit-watermark/1|" + entries + "|" + lastSeq + "|" + lastPosition + "|" + chainHash + "|"
				+ writtenAt;
	}

	private static String time(Instant t) {
		return t == null ? null : t.toString();
	}

	private static void field(ByteArrayOutputStream out, String value) {
		if (value == null) {
			out.write(0);
			return;
		}
		byte[] b = value.getBytes(StandardCharsets.UTF_8);
		out.write(1);
		out.write(b.length >>> 24);
		out.write(b.length >>> 16);
		out.write(b.length >>> 8);
		out.write(b.length);
		out.write(b, 0, b.length);
	}

	/**
	 * Reused per thread: hashing 100k+ entries per second should not allocate a buffer
	 * per entry.
	 */
	private static final class Buffer extends ByteArrayOutputStream {

		Buffer() {
			super(1024);
		}

		void digestInto(MessageDigest sha) {
			sha.update(buf, 0, count);
		}

	}

}
