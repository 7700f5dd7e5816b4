package org.gxpbridge.improvement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * The installed artifact is the approved one when its SHA-256 equals the approved hash,
 * or when a detached CMS signature over its bytes verifies against the configured release
 * certificate; a signature by another key, over other bytes, or without a configured
 * certificate is refused with what was found.
 */
class ChangeArtifactCheckTests {

	static final byte[] ARTIFACT = "pump firmware 2.4.1".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path dir;

	record Signer(KeyPair keys, X509Certificate certificate) {
	}

	static Signer signer(String cn) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair keys = generator.generateKeyPair();
		X500Name name = new X500Name("CN=" + cn);
		var builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, new Date(),
				new Date(System.currentTimeMillis() + 86_400_000L), name, keys.getPublic());
		var certificate = new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
		return new Signer(keys, certificate);
	}

	static byte[] detachedSignature(Signer signer, byte[] content) throws Exception {
		var generator = new CMSSignedDataGenerator();
		generator
			.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.keys().getPrivate()),
						signer.certificate()));
		generator.addCertificates(new JcaCertStore(List.of(signer.certificate())));
		return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
	}

	ChangeArtifactCheck check(Signer configured) throws Exception {
		Path pem = dir.resolve("release.pem");
		Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(configured.certificate().getEncoded())
				+ "\n-----END CERTIFICATE-----\n");
		return new ChangeArtifactCheck(
				new MockEnvironment().withProperty(ChangeArtifactCheck.CERTIFICATE_PROPERTY, pem.toString()));
	}

	@Test
	void acceptsTheApprovedHashAndRefusesAnother() {
		var check = new ChangeArtifactCheck(new MockEnvironment());
		assertThat(check.byHash("ab".repeat(32), "AB".repeat(32)).verified()).isTrue();
		var refused = check.byHash("ab".repeat(32), "cd".repeat(32));
		assertThat(refused.verified()).isFalse();
		assertThat(refused.finding()).contains("differs from the approved", "ab".repeat(32));
		assertThat(check.byHash(null, "cd".repeat(32)).verified()).as("no approved hash: nothing matches").isFalse();
	}

	@Test
	void acceptsADetachedSignatureOfTheReleaseCertificate() throws Exception {
		Signer release = signer("Vendor Release");
		var result = check(release).bySignature(ARTIFACT, detachedSignature(release, ARTIFACT));
		assertThat(result.verified()).isTrue();
		assertThat(result.finding()).contains("verified against the release certificate", "Vendor Release");
	}

	@Test
	void refusesASignatureByAnotherKeyOverOtherBytesOrWithoutACertificate() throws Exception {
		Signer release = signer("Vendor Release");
		Signer other = signer("Someone Else");
		assertThat(check(release).bySignature(ARTIFACT, detachedSignature(other, ARTIFACT)).verified()).isFalse();
		var tampered = check(release).bySignature("pump firmware 2.4.2".getBytes(StandardCharsets.UTF_8),
				detachedSignature(release, ARTIFACT));
		assertThat(tampered.verified()).isFalse();
		assertThat(check(release).bySignature(ARTIFACT, "not CMS".getBytes(StandardCharsets.UTF_8)).verified())
			.isFalse();
		var unconfigured = new ChangeArtifactCheck(new MockEnvironment()).bySignature(ARTIFACT,
				detachedSignature(release, ARTIFACT));
		assertThat(unconfigured.verified()).isFalse();
		assertThat(unconfigured.finding()).contains("no release certificate configured");
	}

}
