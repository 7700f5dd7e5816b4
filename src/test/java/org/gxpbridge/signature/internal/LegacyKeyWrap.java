package org.gxpbridge.signature.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.SCrypt;

/**
 * Writes a wrapped key in the version-1 layout releases up to stop 24 stored (scrypt
 * only: 1 costLog2 r p salt nonce ciphertext+tag), written out here independently of
 * {@link KeyWrap} so that tests prove old rows still open and move to the current hash.
 */
public final class LegacyKeyWrap {

	private LegacyKeyWrap() {
	}

	public static byte[] scryptV1(byte[] secret, String password, String owner, int costLog2) {
		SecureRandom random = new SecureRandom();
		byte[] salt = new byte[16];
		byte[] nonce = new byte[12];
		random.nextBytes(salt);
		random.nextBytes(nonce);
		byte[] key = SCrypt.generate(password.getBytes(StandardCharsets.UTF_8), salt, 1 << costLog2, 8, 1, 32);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
			cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(secret);
			return ByteBuffer.allocate(4 + 16 + 12 + sealed.length)
				.put((byte) 1)
				.put((byte) costLog2)
				.put((byte) 8)
				.put((byte) 1)
				.put(salt)
				.put(nonce)
				.put(sealed)
				.array();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
