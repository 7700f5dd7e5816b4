package org.gxpbridge.improvement;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A vendor's release signing for tests: a self-signed certificate, its PEM file and a
 * detached CMS signature over an artifact (Bouncy Castle).
 */
public record ReleaseSigning(KeyPair keys, X509Certificate certificate) {

	public static ReleaseSigning of(String cn) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair keys = generator.generateKeyPair();
		X500Name name = new X500Name("CN=" + cn);
		var builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, new Date(),
				new Date(System.currentTimeMillis() + 86_400_000L), name, keys.getPublic());
		var certificate = new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
		return new ReleaseSigning(keys, certificate);
	}

	public byte[] detachedSignature(byte[] content) throws Exception {
		var generator = new CMSSignedDataGenerator();
		generator
			.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()), certificate));
		generator.addCertificates(new JcaCertStore(List.of(certificate)));
		return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
	}

	/** The certificate as a PEM file in the directory. */
	public Path pem(Path dir) throws Exception {
		Path pem = dir.resolve("release-" + System.nanoTime() + ".pem");
		Files.writeString(pem,
				"-----BEGIN CERTIFICATE-----\n"
						+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
						+ "\n-----END CERTIFICATE-----\n");
		return pem;
	}

}
