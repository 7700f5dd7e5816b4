package org.gxpbridge.signature.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Key pairs (EC P-256) and X.509 certificates, built with Bouncy Castle. */
public final class Pki {

	public static final Provider BC = new BouncyCastleProvider();

	public static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Pki() {
	}

	public static KeyPair newKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
			generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot generate an EC P-256 key pair", e);
		}
	}

	public static PrivateKey privateKey(byte[] pkcs8) {
		try {
			return KeyFactory.getInstance("EC", BC).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("stored private key is unreadable", e);
		}
	}

	/** A user's certificate names their unique id (UID) and full name (CN). */
	public static X500Name userName(String userId, String fullName, String organisation) {
		return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, fullName)
			.addRDN(BCStyle.UID, userId)
			.addRDN(BCStyle.O, organisation)
			.build();
	}

	public static X509Certificate selfSignedCa(String name, KeyPair keys, Instant from, Instant until) {
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name)
			.addRDN(BCStyle.O, "GxP Bridge")
			.build();
		return build(subject, keys.getPublic(), subject, keys, null, from, until, true);
	}

	public static X509Certificate issue(X500Name subject, PublicKey subjectKey, X509Certificate ca, PrivateKey caKey,
			Instant from, Instant until) {
		X500Name issuer = X500Name.getInstance(ca.getSubjectX500Principal().getEncoded());
		return build(subject, subjectKey, issuer, new KeyPair(ca.getPublicKey(), caKey), ca, from, until, false);
	}

	private static X509Certificate build(X500Name subject, PublicKey subjectKey, X500Name issuer, KeyPair issuerKeys,
			X509Certificate issuerCert, Instant from, Instant until, boolean isCa) {
		try {
			JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
					new BigInteger(127, RANDOM).add(BigInteger.ONE), Date.from(from), Date.from(until), subject,
					subjectKey)
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa))
				.addExtension(Extension.keyUsage, true,
						isCa ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
								: new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
				.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subjectKey))
				.addExtension(Extension.authorityKeyIdentifier, false,
						issuerCert == null ? ext.createAuthorityKeyIdentifier(issuerKeys.getPublic())
								: ext.createAuthorityKeyIdentifier(issuerCert));
			var signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).setProvider(BC)
				.build(issuerKeys.getPrivate());
			return new JcaX509CertificateConverter().setProvider(BC).getCertificate(builder.build(signer));
		}
		catch (Exception e) {
			throw new IllegalStateException("cannot issue a certificate for " + subject, e);
		}
	}

	public static X509Certificate certificate(byte[] der) {
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(der));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("stored certificate is unreadable", e);
		}
	}

	public static byte[] der(X509Certificate certificate) {
		try {
			return certificate.getEncoded();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public static String pem(X509Certificate certificate) {
		StringWriter out = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
			writer.writeObject(certificate);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toString();
	}

	public static String serial(X509Certificate certificate) {
		return certificate.getSerialNumber().toString(16);
	}

}
