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
 * @param kdf scrypt cost of the key that encrypts each user's private key (memory-hard,
 * 11.300)
 * @param externalCa a PKCS#12 file holding an organisation's CA key and certificate, used
 * instead of the internal CA
 */
@ConfigurationProperties("gxp.signature")
public record SignatureSettings(String caKeyPassword, String caName, Duration certificateValidity, Kdf kdf,
		ExternalCa externalCa) {

	public static final String DEMO_CA_KEY_PASSWORD = "demo-only-ca-key-password";

	public SignatureSettings {
		kdf = kdf == null ? new Kdf(17, 8, 1) : kdf;
		certificateValidity = certificateValidity == null ? Duration.ofDays(3 * 365) : certificateValidity;
		caName = caName == null || caName.isBlank() ? "GxP Bridge Signature CA" : caName;
	}

	/**
	 * scrypt N = 2^costLog2, r = blockSize, p = parallelism; the default 17/8/1 is the
	 * OWASP Password Storage Cheat Sheet minimum and uses 128 MiB per derivation
	 * (docs/performance-signatures.md has the measured times).
	 */
	public record Kdf(int costLog2, int blockSize, int parallelism) {
	}

	public record ExternalCa(String pkcs12Path, String pkcs12Password, String alias) {
		public boolean configured() {
			return pkcs12Path != null && !pkcs12Path.isBlank();
		}
	}
}
