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

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.gxpbridge.signature.SignatureSettings.Kdf;

/**
 * Encrypts a private key under a key derived from a password with a memory-hard hash
 * (Argon2id, or scrypt) and AES-256-GCM. The blob carries its own KDF parameters, so a
 * later change of algorithm or cost still opens old keys ({@link #parameters} tells
 * which, so the caller can re-wrap). The owner's id is bound in as associated data: a
 * wrapped key copied to another user's row does not open. Layouts: version 1 (scrypt
 * only, until stop 24): 1 costLog2(1) r(1) p(1) salt(16) nonce(12) ciphertext+tag;
 * version 2: 2 algorithm(1: 1 scrypt, 2 argon2id) a(4) b(1) c(1) salt(16) nonce(12)
 * ciphertext+tag, where a/b/c are costLog2/r/p for scrypt and memory KiB/t/p for
 * Argon2id.
 */
public final class KeyWrap {

	private static final byte SCRYPT_ONLY = 1;

	private static final byte VERSION = 2;

	private static final byte SCRYPT = 1;

	private static final byte ARGON2ID = 2;

	private static final SecureRandom RANDOM = new SecureRandom();

	private KeyWrap() {
	}

	public static byte[] wrap(byte[] secret, String password, String owner, Kdf kdf) {
		byte[] salt = random(16);
		byte[] nonce = random(12);
		byte[] key = derive(password, salt, kdf);
		boolean argon = kdf.algorithm() == Kdf.Algorithm.ARGON2ID;
		try {
			byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, nonce, owner).doFinal(secret);
			return ByteBuffer.allocate(8 + 16 + 12 + sealed.length)
				.put(VERSION)
				.put(argon ? ARGON2ID : SCRYPT)
				.putInt(argon ? kdf.memoryKib() : kdf.costLog2())
				.put((byte) (argon ? kdf.iterations() : kdf.blockSize()))
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
		Kdf kdf = parameters(in);
		byte[] salt = new byte[16];
		byte[] nonce = new byte[12];
		in.get(salt).get(nonce);
		byte[] sealed = new byte[in.remaining()];
		in.get(sealed);
		byte[] key = derive(password, salt, kdf);
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

	/** The KDF parameters a wrapped key was made with. */
	public static Kdf parameters(byte[] blob) {
		return parameters(ByteBuffer.wrap(blob));
	}

	private static Kdf parameters(ByteBuffer in) {
		byte version = in.get();
		if (version == SCRYPT_ONLY) {
			int cost = in.get();
			int r = in.get();
			return Kdf.scrypt(cost, r, in.get());
		}
		if (version != VERSION) {
			throw new IllegalStateException("unknown wrapped-key format " + version);
		}
		byte algorithm = in.get();
		int a = in.getInt();
		int b = in.get();
		int c = in.get();
		return switch (algorithm) {
			case SCRYPT -> Kdf.scrypt(a, b, c);
			case ARGON2ID -> Kdf.argon2id(a, b, c);
			default -> throw new IllegalStateException("unknown key-derivation algorithm " + algorithm);
		};
	}

	private static Cipher cipher(int mode, byte[] key, byte[] nonce, String owner) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
		cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	/**
	 * A derivation holds its memory for its whole run (128 MiB for scrypt at N = 2^17, r
	 * = 8; 19 MiB for the Argon2id default). Concurrent derivations share a quarter of
	 * the heap (in MiB), so a burst of signatures queues here instead of exhausting a
	 * small heap; one derivation larger than the budget still runs, alone.
	 */
	private static final int BUDGET_MIB = (int) Math.max(1, Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024));

	private static final Semaphore MEMORY = new Semaphore(BUDGET_MIB, true);

	private static byte[] derive(String password, byte[] salt, Kdf kdf) {
		int mib = (int) Math.min(BUDGET_MIB, kdf.mebibytes());
		MEMORY.acquireUninterruptibly(mib);
		try {
			if (kdf.algorithm() == Kdf.Algorithm.SCRYPT) {
				return SCrypt.generate(password.getBytes(StandardCharsets.UTF_8), salt, 1 << kdf.costLog2(),
						kdf.blockSize(), kdf.parallelism(), 32);
			}
			Argon2BytesGenerator argon2 = new Argon2BytesGenerator();
			argon2.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
				.withVersion(Argon2Parameters.ARGON2_VERSION_13)
				.withMemoryAsKB(kdf.memoryKib())
				.withIterations(kdf.iterations())
				.withParallelism(kdf.parallelism())
				.withSalt(salt)
				.build());
			byte[] key = new byte[32];
			argon2.generateBytes(password.getBytes(StandardCharsets.UTF_8), key);
			return key;
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
