package org.gxpbridge.signature.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Semaphore;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.SCrypt;
import org.gxpbridge.signature.SignatureSettings;

/**
 * Encrypts a private key under a key derived from a password with scrypt (memory-hard)
 * and AES-256-GCM. The blob carries its own KDF parameters, so a later change of the cost
 * still opens old keys. The owner's id is bound in as associated data: a wrapped key
 * copied to another user's row does not open. Layout: version(1) costLog2(1) r(1) p(1)
 * salt(16) nonce(12) ciphertext+tag.
 */
public final class KeyWrap {

	private static final byte VERSION = 1;

	private static final SecureRandom RANDOM = new SecureRandom();

	private KeyWrap() {
	}

	public static byte[] wrap(byte[] secret, String password, String owner, SignatureSettings.Kdf kdf) {
		byte[] salt = random(16);
		byte[] nonce = random(12);
		byte[] key = derive(password, salt, kdf.costLog2(), kdf.blockSize(), kdf.parallelism());
		try {
			byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, nonce, owner).doFinal(secret);
			return ByteBuffer.allocate(4 + 16 + 12 + sealed.length)
				.put(VERSION)
				.put((byte) kdf.costLog2())
				.put((byte) kdf.blockSize())
				.put((byte) kdf.parallelism())
				.put(salt)
				.put(nonce)
				.put(sealed)
				.array();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot encrypt a private key", e);
		}
		finally {
			Arrays.fill(key, (byte) 0);
		}
	}

	/**
	 * The secret, or null when the password (or the owner) is not the one it was wrapped
	 * under.
	 */
	public static byte[] unwrap(byte[] blob, String password, String owner) {
		ByteBuffer in = ByteBuffer.wrap(blob);
		if (in.get() != VERSION) {
			throw new IllegalStateException("unknown wrapped-key format");
		}
		int cost = in.get();
		int r = in.get();
		int p = in.get();
		byte[] salt = new byte[16];
		byte[] nonce = new byte[12];
		in.get(salt).get(nonce);
		byte[] sealed = new byte[in.remaining()];
		in.get(sealed);
		byte[] key = derive(password, salt, cost, r, p);
		try {
			return cipher(Cipher.DECRYPT_MODE, key, nonce, owner).doFinal(sealed);
		}
		catch (AEADBadTagException wrongPassword) {
			return null;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot decrypt a private key", e);
		}
		finally {
			Arrays.fill(key, (byte) 0);
		}
	}

	private static Cipher cipher(int mode, byte[] key, byte[] nonce, String owner) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
		cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	/**
	 * scrypt needs 128·r·N bytes per derivation (128 MiB at N = 2^17, r = 8). Concurrent
	 * derivations share a quarter of the heap (in MiB), so a burst of signatures queues
	 * here instead of exhausting a small heap (-Xmx512m: one at a time); one derivation
	 * larger than the budget still runs, alone.
	 */
	private static final int BUDGET_MIB = (int) Math.max(1, Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024));

	private static final Semaphore MEMORY = new Semaphore(BUDGET_MIB, true);

	private static byte[] derive(String password, byte[] salt, int costLog2, int r, int p) {
		int mib = (int) Math.min(BUDGET_MIB, Math.max(1, (128L * r * (1L << costLog2)) >> 20));
		MEMORY.acquireUninterruptibly(mib);
		try {
			return SCrypt.generate(password.getBytes(StandardCharsets.UTF_8), salt, 1 << costLog2, r, p, 32);
		}
		finally {
			MEMORY.release(mib);
		}
	}

	private static byte[] random(int n) {
		byte[] b = new byte[n];
		RANDOM.nextBytes(b);
		return b;
	}

}
