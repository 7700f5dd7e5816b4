package org.gxpbridge.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.gxpbridge.signature.SignatureSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CA and the certificates it issues; an organisation's own CA from a PKCS#12 file
 * instead of the internal one.
 */
class CertificateAuthorityTests {

	@TempDir
	Path dir;

	@Test
	void usesAnExternalCaFromPkcs12AndIssuesCertificatesNamingIdAndFullName() throws Exception {
		KeyPair keys = Pki.newKeyPair();
		X509Certificate external = Pki.selfSignedCa("ACME Quality CA", keys, Instant.now().minusSeconds(60),
				Instant.now().plus(Duration.ofDays(365)));
		Path p12 = dir.resolve("ca.p12");
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("acme", keys.getPrivate(), "p12-secret".toCharArray(), new Certificate[] { external });
		try (OutputStream out = Files.newOutputStream(p12)) {
			store.store(out, "p12-secret".toCharArray());
		}
		SignatureSettings settings = new SignatureSettings("unused", null, null,
				SignatureSettings.Kdf.argon2id(1024, 1, 1),
				new SignatureSettings.ExternalCa(p12.toString(), "p12-secret", null));
		CertificateAuthority ca = new CertificateAuthority(null, settings, null, Clock.systemUTC());

		X509Certificate user = ca.issue("anna.berg", "Anna Berg", Pki.newKeyPair().getPublic());

		assertThat(ca.certificate()).isEqualTo(external);
		user.verify(external.getPublicKey());
		assertThat(user.getSubjectX500Principal().getName()).contains("CN=Anna Berg").contains("anna.berg");
		assertThat(user.getBasicConstraints()).as("a user certificate is not a CA").isEqualTo(-1);
		assertThat(user.getKeyUsage()[0]).as("digitalSignature").isTrue();
		assertThat(user.getKeyUsage()[1]).as("nonRepudiation").isTrue();
		assertThat(external.getBasicConstraints()).isGreaterThanOrEqualTo(0);
	}

}
