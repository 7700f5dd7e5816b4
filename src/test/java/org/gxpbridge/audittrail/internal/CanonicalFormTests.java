package org.gxpbridge.audittrail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.shared.Sha256;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;

/**
 * The canonical form is a stored format: every sealed ledger was hashed with it. The
 * allocation-free encoder must give the very bytes of the first implementation (kept here
 * verbatim as the reference), for ASCII, non-ASCII, surrogate pairs, a lone surrogate,
 * empty and null values and long values.
 */
@Verifies({ "P11-10a", "CHK-04" })
class CanonicalFormTests {

	private static final String[] SAMPLES = { null, "", "a", "SOP-0001", "Müller", "Ärzte & Co. — 10 µg", "😀 emoji",
			"lone \uD800 surrogate", "x".repeat(5000), "ü".repeat(3000), "tab\tnewline\n\u0000nul", "\u007f\u0080" };

	@Test
	void encodesEveryEntryExactlyAsTheFirstImplementationDid() {
		Random random = new Random(17);
		String previous = Canonical.GENESIS;
		for (int i = 0; i < 2000; i++) {
			AuditEntry e = entry(random, i);
			assertThat(Canonical.bytes(e)).isEqualTo(referenceBytes(e));
			String expected = referenceChain(previous, e);
			assertThat(Canonical.chain(previous, e)).isEqualTo(expected);
			previous = expected;
		}
	}

	/**
	 * The verifier's walk chains on bytes and compares with the stored hex digit by
	 * digit: the same hash as the hex form, and only its exact lower-case text matches.
	 */
	@Test
	void chainsOnBytesAsTheHexFormDoes() {
		Random random = new Random(23);
		String previousHex = Canonical.GENESIS;
		byte[] previous = new byte[32];
		byte[] digest = new byte[32];
		for (int i = 0; i < 500; i++) {
			AuditEntry e = entry(random, i);
			String expected = referenceChain(previousHex, e);
			Canonical.chain(previous, e, digest);
			assertThat(HexFormat.of().formatHex(digest)).isEqualTo(expected);
			assertThat(Canonical.isHexOf(digest, expected)).isTrue();
			assertThat(Canonical.isHexOf(digest, expected.toUpperCase())).isFalse();
			assertThat(Canonical.isHexOf(digest, expected.substring(1))).isFalse();
			assertThat(Canonical.isHexOf(digest, expected.substring(0, 63) + (expected.endsWith("0") ? "1" : "0")))
				.isFalse();
			assertThat(Canonical.isHexOf(digest, null)).isFalse();
			Canonical.parse(expected, previous);
			previousHex = expected;
		}
	}

	@Test
	void keepsTheHashOfAKnownEntry() {
		AuditEntry e = new AuditEntry(42, Instant.parse("2026-11-30T08:00:00Z"), "qa", "Quality Assurance", "QA",
				"COMPLETE", "Task", "t-1", "pi-1", "SOP-1", "outcome", null, "APPROVED", "reviewed", "127.0.0.1", null,
				"ACT_HI_TASKINST", "t-1", "ab".repeat(32), null, null, null);
		assertThat(Canonical.chain(Canonical.GENESIS, e)).isEqualTo(referenceChain(Canonical.GENESIS, e)).hasSize(64);
		assertThat(Canonical.chain("AB".repeat(32), e)).isEqualTo(referenceChain("ab".repeat(32), e));
	}

	@Test
	void writesTimesAsInstantToStringDoesFromTheEpochToYear9999AndBeyond() {
		Random random = new Random(4);
		long[] seconds = { 0, 59, 3599, 86_399, 86_400, 951_782_400L, 951_868_800L, 1_709_164_800L, 253_402_300_799L,
				253_402_300_800L, -1, -62_167_219_200L, 400_000_000_000L };
		int[] nanos = { 0, 1, 999, 1000, 999_000, 1_000_000, 123_000_000, 123_456_000, 123_456_789, 999_999_999 };
		for (long second : seconds) {
			for (int nano : nanos) {
				check(Instant.ofEpochSecond(second, nano));
			}
		}
		for (int i = 0; i < 20_000; i++) {
			check(Instant.ofEpochSecond(Math.floorMod(random.nextLong(), 253_402_300_800L), nanos[random.nextInt(10)]));
		}
	}

	private static void check(Instant t) {
		AuditEntry e = new AuditEntry(1, t, "a", null, null, "x", "y", null, null, null, null, null, null, null, null,
				null, null, null, null, t, null, null);
		assertThat(Canonical.bytes(e)).as(t.toString()).isEqualTo(referenceBytes(e));
	}

	private static AuditEntry entry(Random r, long seq) {
		String[] s = new String[18];
		for (int i = 0; i < s.length; i++) {
			s[i] = SAMPLES[r.nextInt(SAMPLES.length)];
		}
		Instant at = Instant.ofEpochSecond(1_790_000_000L + r.nextInt(1_000_000),
				r.nextInt(3) * 1000L * r.nextInt(999));
		return new AuditEntry(seq, at, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9], s[10], s[11], s[12],
				s[13], s[14], s[15], s[16], r.nextBoolean() ? null : at.plusSeconds(86_400), null, null);
	}

	// the first implementation, unchanged

	private static byte[] referenceBytes(AuditEntry e) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
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

	private static String referenceChain(String previousHash, AuditEntry entry) {
		MessageDigest sha = Sha256.newDigest();
		sha.update(HexFormat.of().parseHex(previousHash));
		sha.update(referenceBytes(entry));
		return Sha256.finish(sha);
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

}
