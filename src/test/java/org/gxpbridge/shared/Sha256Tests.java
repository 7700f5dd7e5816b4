package org.gxpbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;

/**
 * The one SHA-256 hex of every module, against the FIPS 180-2 test vectors: a hash an
 * inspector recomputes with any tool must come out the same.
 */
class Sha256Tests {

	static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

	static final String TWO_BLOCKS = "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";

	@Test
	void hashesTextAsItsUtf8BytesToLowerCaseHex() {
		assertThat(Sha256.hex("abc")).isEqualTo(ABC);
		assertThat(Sha256.hex("")).isEqualTo(EMPTY);
		assertThat(Sha256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).isEqualTo(TWO_BLOCKS);
		assertThat(Sha256.hex("ä")).isEqualTo(Sha256.hex(new byte[] { (byte) 0xc3, (byte) 0xa4 }));
	}

	@Test
	void hashesBytesAndStreamsAlike() throws Exception {
		assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
		assertThat(Sha256.hex(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)))).isEqualTo(ABC);
		// a million 'a', longer than the stream buffer: the second FIPS long-message
		// vector
		byte[] million = "a".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
		assertThat(Sha256.hex(new ByteArrayInputStream(million)))
			.isEqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
			.isEqualTo(Sha256.hex(million));
	}

	@Test
	void digestFedPieceByPieceFinishesToTheSameHexAndStartsOver() {
		MessageDigest sha = Sha256.newDigest();
		sha.update("ab".getBytes(StandardCharsets.US_ASCII));
		sha.update("c".getBytes(StandardCharsets.US_ASCII));
		assertThat(Sha256.finish(sha)).isEqualTo(ABC);
		assertThat(Sha256.finish(sha)).as("finishing resets the digest").isEqualTo(EMPTY);
	}

}
