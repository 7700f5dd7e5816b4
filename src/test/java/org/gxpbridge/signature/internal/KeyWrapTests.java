package org.gxpbridge.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.gxpbridge.signature.SignatureSettings.Kdf;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;

/**
 * The private key opens only with its owner's password and only for its owner
 * (11.200(a)(2), (a)(3)), under the memory-hard hash it was wrapped with (11.300).
 */
@Verifies({ "P11-200a2", "P11-200a3" })
class KeyWrapTests {

	private static final Kdf CHEAP = Kdf.argon2id(1024, 1, 1);

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
	void defaultsToTheOwaspArgon2idMinimum() {
		// OWASP Password Storage Cheat Sheet: Argon2id, m = 19 MiB, t = 2, p = 1
		Kdf defaults = new Kdf(null, 0, 0, 0, 0, 0);
		assertThat(defaults).isEqualTo(Kdf.argon2id(19456, 2, 1));
		byte[] wrapped = KeyWrap.wrap(secret, "Right-Password-1", "o", defaults);

		assertThat(KeyWrap.parameters(wrapped)).isEqualTo(defaults);
		assertThat(KeyWrap.unwrap(wrapped, "Right-Password-1", "o")).isEqualTo(secret);
		assertThat(KeyWrap.unwrap(wrapped, "Right-Password-2", "o")).isNull();
	}

	@Test
	void keepsItsOwnParametersSoOldKeysOpenAfterTheSettingChanges() {
		byte[] scrypt = KeyWrap.wrap(secret, "Right-Password-1", "o", Kdf.scrypt(10, 8, 1));
		byte[] argon = KeyWrap.wrap(secret, "Right-Password-1", "o", CHEAP);

		assertThat(KeyWrap.parameters(scrypt)).isEqualTo(Kdf.scrypt(10, 8, 1));
		assertThat(KeyWrap.parameters(argon).sameAs(CHEAP)).isTrue();
		assertThat(KeyWrap.parameters(argon).sameAs(Kdf.argon2id(2048, 1, 1))).isFalse();
		assertThat(KeyWrap.unwrap(scrypt, "Right-Password-1", "o")).isEqualTo(secret);
		assertThat(KeyWrap.unwrap(argon, "Right-Password-1", "o")).isEqualTo(secret);
	}

	@Test
	void opensTheScryptLayoutOfEarlierReleases() {
		byte[] v1 = LegacyKeyWrap.scryptV1(secret, "Right-Password-1", "gxp-signature-key:anna", 10);

		assertThat(KeyWrap.parameters(v1)).isEqualTo(Kdf.scrypt(10, 8, 1));
		assertThat(KeyWrap.unwrap(v1, "Right-Password-1", "gxp-signature-key:anna")).isEqualTo(secret);
		assertThat(KeyWrap.unwrap(v1, "Wrong-Password-1", "gxp-signature-key:anna")).isNull();
	}

}
