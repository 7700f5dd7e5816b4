package org.gxpbridge.signature;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gxp.signature.*}, defaults in application.yml.
 *
 * @param caKeyPassword encrypts the internal CA's private key at rest; from
 * GXP_CA_KEY_PASSWORD in production (the default is a demo/test value and the server
 * warns when it is used)
 * @param caName subject common name of the internal CA
 * @param certificateValidity how long a user certificate is valid
 * @param kdf the memory-hard password hash (Argon2id, or scrypt) that derives the key
 * encrypting each user's private key (11.300)
 * @param externalCa a PKCS#12 file holding an organisation's CA key and certificate, used
 * instead of the internal CA
 */
@ConfigurationProperties("gxp.signature")
public record SignatureSettings(String caKeyPassword, String caName, Duration certificateValidity, Kdf kdf,
		ExternalCa externalCa) {

	public static final String DEMO_CA_KEY_PASSWORD = "demo-only-ca-key-password";

	public SignatureSettings {
		kdf = kdf == null ? Kdf.argon2id(0, 0, 0) : kdf;
		certificateValidity = certificateValidity == null ? Duration.ofDays(3 * 365) : certificateValidity;
		caName = caName == null || caName.isBlank() ? "GxP Bridge Signature CA" : caName;
	}

	/**
	 * The password hash that derives the key wrapping each signer's private key. The
	 * default is the first Argon2id line of the OWASP Password Storage Cheat Sheet (m =
	 * 19 MiB, t = 2, p = 1), chosen over scrypt's minimum (N = 2^17, r = 8, p = 1, 128
	 * MiB) because both are the cheat sheet's minimum and Argon2id costs a fraction of
	 * the time (docs/performance-signatures.md has the figures). scrypt stays available;
	 * every wrapped key records the parameters it was made with and opens with them.
	 * Unset (0) values take the defaults.
	 *
	 * @param algorithm ARGON2ID (default) or SCRYPT
	 * @param memoryKib Argon2id memory in KiB (default 19456)
	 * @param iterations Argon2id passes (default 2)
	 * @param parallelism Argon2id lanes or scrypt p (default 1)
	 * @param costLog2 scrypt N = 2^costLog2 (default 17)
	 * @param blockSize scrypt r (default 8)
	 */
	public record Kdf(Algorithm algorithm, int memoryKib, int iterations, int parallelism, int costLog2,
			int blockSize) {

		public Kdf {
			algorithm = algorithm == null ? Algorithm.ARGON2ID : algorithm;
			memoryKib = memoryKib > 0 ? memoryKib : 19456;
			iterations = iterations > 0 ? iterations : 2;
			parallelism = parallelism > 0 ? parallelism : 1;
			costLog2 = costLog2 > 0 ? costLog2 : 17;
			blockSize = blockSize > 0 ? blockSize : 8;
		}

		public static Kdf argon2id(int memoryKib, int iterations, int parallelism) {
			return new Kdf(Algorithm.ARGON2ID, memoryKib, iterations, parallelism, 0, 0);
		}

		public static Kdf scrypt(int costLog2, int blockSize, int parallelism) {
			return new Kdf(Algorithm.SCRYPT, 0, 0, parallelism, costLog2, blockSize);
		}

		/** Whether a key wrapped under {@code other} was made with these parameters. */
		public boolean sameAs(Kdf other) {
			return algorithm == other.algorithm && parallelism == other.parallelism
					&& (algorithm == Algorithm.ARGON2ID ? memoryKib == other.memoryKib && iterations == other.iterations
							: costLog2 == other.costLog2 && blockSize == other.blockSize);
		}

		/** Memory one derivation needs, in MiB. */
		public long mebibytes() {
			return algorithm == Algorithm.ARGON2ID ? Math.max(1, memoryKib / 1024)
					: Math.max(1, (128L * blockSize * (1L << costLog2)) >> 20);
		}

		@Override
		public String toString() {
			return algorithm == Algorithm.ARGON2ID
					? "argon2id m=" + memoryKib + " KiB, t=" + iterations + ", p=" + parallelism
					: "scrypt N=2^" + costLog2 + ", r=" + blockSize + ", p=" + parallelism;
		}

		public enum Algorithm {

			ARGON2ID, SCRYPT

		}

	}

	public record ExternalCa(String pkcs12Path, String pkcs12Password, String alias) {
		public boolean configured() {
			return pkcs12Path != null && !pkcs12Path.isBlank();
		}
	}
}
