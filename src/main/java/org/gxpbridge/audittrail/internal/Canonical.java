package org.gxpbridge.audittrail.internal;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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

	private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

	private static final ThreadLocal<Buffer> BUFFER = ThreadLocal.withInitial(Buffer::new);

	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Sha256::newDigest);

	private Canonical() {
	}

	public static byte[] bytes(AuditEntry e) {
		Buffer out = BUFFER.get();
		out.encode(e);
		return Arrays.copyOf(out.bytes, out.count);
	}

	/** The chain hash of {@code entry} after {@code previousHash} (hex). */
	public static String chain(String previousHash, AuditEntry entry) {
		MessageDigest sha = SHA256.get();
		sha.reset();
		Buffer out = BUFFER.get();
		out.previous(previousHash);
		sha.update(out.previous, 0, 32);
		out.encode(entry);
		sha.update(out.bytes, 0, out.count);
		return Sha256.finish(sha);
	}

	/**
	 * The same chain step on bytes, for the verifier's walk: the hash of {@code entry}
	 * after {@code previous} (32 bytes) into {@code digest} (32 bytes), with no hex
	 * string made or parsed per entry.
	 */
	static void chain(byte[] previous, AuditEntry entry, byte[] digest) {
		MessageDigest sha = SHA256.get();
		sha.reset();
		sha.update(previous, 0, 32);
		Buffer out = BUFFER.get();
		out.encode(entry);
		sha.update(out.bytes, 0, out.count);
		try {
			sha.digest(digest, 0, 32);
		}
		catch (DigestException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Whether {@code hex} is exactly what {@link #chain(String, AuditEntry)} returns for
	 * this digest: 64 lower-case hex digits.
	 */
	static boolean isHexOf(byte[] digest, String hex) {
		if (hex == null || hex.length() != 64) {
			return false;
		}
		for (int i = 0; i < 32; i++) {
			int b = digest[i] & 0xff;
			if (hex.charAt(2 * i) != HEX_DIGITS[b >>> 4] || hex.charAt(2 * i + 1) != HEX_DIGITS[b & 0xf]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A stored chain hash as the 32 bytes the next step starts from; throws on a
	 * malformed one exactly as {@link #chain(String, AuditEntry)} does.
	 */
	static void parse(String hex, byte[] into) {
		Buffer out = BUFFER.get();
		out.previous(hex);
		System.arraycopy(out.previous, 0, into, 0, 32);
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

	/**
	 * Reused per thread and written without locks or intermediate arrays: the form is the
	 * same as {@code [0]} for null, else {@code [1][length: 4 bytes big-endian][UTF-8]}
	 * per field, in the order of {@link AuditEntry} (pinned by CanonicalFormTests), but
	 * hashing a million entries should not allocate a million buffers.
	 */
	private static final class Buffer {

		byte[] bytes = new byte[1024];

		int count;

		final byte[] previous = new byte[32];

		void previous(String hex) {
			if (hex.length() != 64) {
				System.arraycopy(HEX.parseHex(hex), 0, previous, 0, 32); // throws as
																			// before
				return;
			}
			for (int i = 0; i < 32; i++) {
				previous[i] = (byte) ((HexFormat.fromHexDigit(hex.charAt(2 * i)) << 4)
						| HexFormat.fromHexDigit(hex.charAt(2 * i + 1)));
			}
		}

		void encode(AuditEntry e) {
			count = 0;
			field(Long.toString(e.seq()));
			instant(e.recordedAt());
			field(e.actorId());
			field(e.actorName());
			field(e.actorRole());
			field(e.action());
			field(e.objectType());
			field(e.objectId());
			field(e.processInstanceId());
			field(e.businessKey());
			field(e.field());
			field(e.oldValue());
			field(e.newValue());
			field(e.reason());
			field(e.clientAddress());
			field(e.contentHash());
			field(e.sourceTable());
			field(e.sourceRowId());
			field(e.sourceDigest());
			instant(e.removalAt());
		}

		/**
		 * {@link Instant#toString()} (ISO-8601, seconds always, the fraction in groups of
		 * three digits as needed) written straight into the buffer for years 1970–9999;
		 * any other instant through toString itself. Formatting two instants per entry
		 * cost more than its SHA-256.
		 */
		private void instant(Instant t) {
			long sec = t == null ? -1 : t.getEpochSecond();
			if (sec < 0 || sec >= 253_402_300_800L) {
				field(time(t));
				return;
			}
			int nano = t.getNano();
			int fraction = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1000 == 0 ? 6 : 9;
			int length = 20 + (fraction == 0 ? 0 : 1 + fraction);
			room(5 + length);
			prefix(length);
			long days = sec / 86_400;
			int secondOfDay = (int) (sec - days * 86_400);
			LocalDate date = LocalDate.ofEpochDay(days);
			int p = count + 5;
			p = digits(date.getYear(), 4, p);
			bytes[p++] = '-';
			p = digits(date.getMonthValue(), 2, p);
			bytes[p++] = '-';
			p = digits(date.getDayOfMonth(), 2, p);
			bytes[p++] = 'T';
			p = digits(secondOfDay / 3600, 2, p);
			bytes[p++] = ':';
			p = digits(secondOfDay / 60 % 60, 2, p);
			bytes[p++] = ':';
			p = digits(secondOfDay % 60, 2, p);
			if (fraction > 0) {
				bytes[p++] = '.';
				p = digits(nano / (fraction == 3 ? 1_000_000 : fraction == 6 ? 1000 : 1), fraction, p);
			}
			bytes[p++] = 'Z';
			count = p;
		}

		private int digits(int value, int width, int p) {
			for (int i = width - 1; i >= 0; i--) {
				bytes[p + i] = (byte) ('0' + value % 10);
				value /= 10;
			}
			return p + width;
		}

		private void field(String value) {
			if (value == null) {
				room(1);
				bytes[count++] = 0;
				return;
			}
			int n = value.length();
			room(5 + n);
			int start = count + 5;
			for (int i = 0; i < n; i++) {
				char c = value.charAt(i);
				if (c >= 0x80) {
					// the rare non-ASCII value: the JDK's encoder, so surrogates and
					// malformed text encode exactly as String.getBytes always did
					lengthPrefixed(value.getBytes(StandardCharsets.UTF_8));
					return;
				}
				bytes[start + i] = (byte) c;
			}
			prefix(n);
			count = start + n;
		}

		private void lengthPrefixed(byte[] b) {
			room(5 + b.length);
			prefix(b.length);
			System.arraycopy(b, 0, bytes, count + 5, b.length);
			count += 5 + b.length;
		}

		private void prefix(int length) {
			bytes[count] = 1;
			bytes[count + 1] = (byte) (length >>> 24);
			bytes[count + 2] = (byte) (length >>> 16);
			bytes[count + 3] = (byte) (length >>> 8);
			bytes[count + 4] = (byte) length;
		}

		private void room(int more) {
			if (count + more > bytes.length) {
				bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
			}
		}

	}

}
