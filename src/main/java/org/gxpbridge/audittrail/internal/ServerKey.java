package org.gxpbridge.audittrail.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

import org.gxpbridge.audittrail.AuditSettings;
import org.springframework.stereotype.Component;

/**
 * The server's checkpoint key: Ed25519 in a PKCS#12 keystore with a self-signed
 * certificate, made with the JDK alone (Bouncy Castle belongs to the signature module),
 * generated on first start when the file is absent. Anyone can check a checkpoint with
 * the certificate and openssl; see docs/audit-trail.md.
 */
@Component
public class ServerKey {

	static final String ALIAS = "gxp-audit";

	private static final byte[] ED25519_OID = { 0x06, 0x03, 0x2B, 0x65, 0x70 };

	private static final byte[] CN_OID = { 0x06, 0x03, 0x55, 0x04, 0x03 };

	private final PrivateKey privateKey;

	private final X509Certificate certificate;

	ServerKey(AuditSettings settings) throws IOException, GeneralSecurityException {
		Path file = Path.of(settings.keystore());
		char[] password = settings.keystorePassword().toCharArray();
		if (!Files.exists(file)) {
			create(file, password);
		}
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(file)) {
			store.load(in, password);
		}
		this.privateKey = (PrivateKey) store.getKey(ALIAS, password);
		this.certificate = (X509Certificate) store.getCertificate(ALIAS);
		if (privateKey == null || certificate == null) {
			throw new IllegalStateException("The audit keystore " + file + " has no entry '" + ALIAS + "'");
		}
	}

	public String sign(String payload) {
		try {
			Signature s = Signature.getInstance("Ed25519");
			s.initSign(privateKey);
			s.update(payload.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(s.sign());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public X509Certificate certificate() {
		return certificate;
	}

	/**
	 * First 16 bytes (hex) of the SHA-256 of the public key: which key signed a
	 * checkpoint.
	 */
	public String keyId() {
		return keyId(certificate.getPublicKey());
	}

	public String certificatePem() {
		try {
			return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
				.encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	static String keyId(PublicKey key) {
		return Canonical.sha256(key.getEncoded()).substring(0, 32);
	}

	static boolean verify(PublicKey key, String payload, String signatureBase64) {
		try {
			Signature s = Signature.getInstance("Ed25519");
			s.initVerify(key);
			s.update(payload.getBytes(StandardCharsets.UTF_8));
			return s.verify(Base64.getDecoder().decode(signatureBase64));
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			return false;
		}
	}

	static X509Certificate parsePem(String pem) throws GeneralSecurityException {
		String body = pem.replace("-----BEGIN CERTIFICATE-----", "")
			.replace("-----END CERTIFICATE-----", "")
			.replaceAll("\\s", "");
		return (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(body)));
	}

	private static void create(Path file, char[] password) throws IOException, GeneralSecurityException {
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		X509Certificate cert = selfSigned(pair,
				"GxP Bridge audit ledger " + ZonedDateTime.now(ZoneOffset.UTC).toLocalDate());
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, password);
		store.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] { cert });
		Path dir = file.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path tmp = Files.createTempFile(dir, "audit-key", ".tmp");
		try (OutputStream out = Files.newOutputStream(tmp)) {
			store.store(out, password);
		}
		try {
			// two nodes starting at once: the first file wins, the other node loads it
			Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException raced) {
			Files.deleteIfExists(tmp);
		}
	}

	/**
	 * A minimal DER X.509 v3 certificate; the JDK can sign but has no public API to build
	 * one.
	 */
	private static X509Certificate selfSigned(KeyPair pair, String commonName) throws GeneralSecurityException {
		byte[] name = der(0x30, der(0x31, der(0x30, CN_OID, der(0x0C, commonName.getBytes(StandardCharsets.UTF_8)))));
		byte[] algorithm = der(0x30, ED25519_OID);
		DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		byte[] validity = der(0x30, der(0x17, utc.format(now).getBytes(StandardCharsets.US_ASCII)),
				der(0x17, utc.format(ZonedDateTime.of(2049, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC))
					.getBytes(StandardCharsets.US_ASCII)));
		byte[] serial = der(0x02, new BigInteger(63, new SecureRandom()).add(BigInteger.ONE).toByteArray());
		byte[] tbs = der(0x30, der(0xA0, der(0x02, new byte[] { 2 })), serial, algorithm, name, validity, name,
				pair.getPublic().getEncoded());
		Signature s = Signature.getInstance("Ed25519");
		s.initSign(pair.getPrivate());
		s.update(tbs);
		byte[] sig = s.sign();
		byte[] bits = new byte[sig.length + 1];
		System.arraycopy(sig, 0, bits, 1, sig.length);
		byte[] cert = der(0x30, tbs, algorithm, der(0x03, bits));
		return (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(cert));
	}

	private static byte[] der(int tag, byte[]... parts) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (byte[] p : parts) {
			body.writeBytes(p);
		}
		int n = body.size();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(tag);
		if (n < 0x80) {
			out.write(n);
		}
		else if (n < 0x100) {
			out.write(0x81);
			out.write(n);
		}
		else {
			out.write(0x82);
			out.write(n >>> 8);
			out.write(n);
		}
		out.writeBytes(body.toByteArray());
		return out.toByteArray();
	}

}
