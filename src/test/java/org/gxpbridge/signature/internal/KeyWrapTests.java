package org.gxpbridge.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.gxpbridge.signature.SignatureSettings;
import org.junit.jupiter.api.Test;

/**
 * The private key opens only with its owner's password and only for its owner
 * (11.200(a)(2), (a)(3)).
 */
class KeyWrapTests {

	private static final SignatureSettings.Kdf CHEAP = new SignatureSettings.Kdf(10, 8, 1);

	private final byte[] secret = "private key bytes".getBytes(StandardCharsets.UTF_8);

	@Test
	void opensWithTheOwnersPassword() {
		byte[] wrapped = KeyWrap.wrap(secret, "Right-Password-1", "gxp-signature-key:anna", CHEAP);
		assertThat(KeyWrap.unwrap(wrapped, "Right-Password-1", "gxp-signature-key:anna")).isEqualTo(secret);
		assertThat(new String(wrapped, StandardCharsets.ISO_8859_1)).doesNotContain("private key bytes");
	}

	@Test
	void staysClosedForAnotherPasswordOrAnotherOwner() {
		byte[] wrapped = KeyWrap.wrap(secret, "Right-Password-1", "gxp-signature-key:anna", CHEAP);
		assertThat(KeyWrap.unwrap(wrapped, "Wrong-Password-1", "gxp-signature-key:anna")).isNull();
		assertThat(KeyWrap.unwrap(wrapped, "Right-Password-1", "gxp-signature-key:mallory"))
			.as("a key copied to another user")
			.isNull();
	}

	@Test
	void keepsItsOwnCostSoOldKeysOpenAfterTheSettingChanges() {
		byte[] wrapped = KeyWrap.wrap(secret, "Right-Password-1", "o", CHEAP);
		assertThat(wrapped[1]).isEqualTo((byte) 10);
		assertThat(KeyWrap.unwrap(wrapped, "Right-Password-1", "o")).isEqualTo(secret);
	}

}
