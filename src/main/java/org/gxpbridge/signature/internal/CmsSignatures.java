package org.gxpbridge.signature.internal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Detached CMS (PKCS#7) signatures, SHA-256 with ECDSA P-256, the signer's certificate
 * embedded: what
 * {@code openssl cms -verify -binary -inform DER -content content.json -CAfile ca.pem}
 * checks.
 */
public final class CmsSignatures {

	/**
	 * What verification found; {@code signerSerial} is null when the CMS could not be
	 * read.
	 */
	public record Verification(boolean valid, String signerSerial, String detail) {
	}

	private CmsSignatures() {
	}

	public static byte[] sign(byte[] content, PrivateKey key, X509Certificate certificate) {
		try {
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			var signer = new JcaContentSignerBuilder(Pki.SIGNATURE_ALGORITHM).setProvider(Pki.BC).build(key);
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
					new JcaDigestCalculatorProviderBuilder().setProvider(Pki.BC).build())
				.build(signer, certificate));
			generator.addCertificates(new JcaCertStore(List.of(certificate)));
			return generator.generate(new CMSProcessableByteArray(content), false).getEncoded(ASN1Encoding.DER);
		}
		catch (Exception e) {
			throw new IllegalStateException("cannot create the CMS signature", e);
		}
	}

	/**
	 * Verifies the CMS over exactly these bytes, and that the embedded signer certificate
	 * was issued by the CA.
	 */
	@SuppressWarnings("unchecked")
	public static Verification verify(byte[] cms, byte[] content, X509Certificate ca) {
		try {
			CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(content), cms);
			Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
			if (signers.size() != 1) {
				return new Verification(false, null, "expected exactly one signer, found " + signers.size());
			}
			SignerInformation signer = signers.iterator().next();
			Collection<X509CertificateHolder> certs = data.getCertificates().getMatches(signer.getSID());
			if (certs.isEmpty()) {
				return new Verification(false, null, "the signer's certificate is not embedded");
			}
			X509CertificateHolder cert = certs.iterator().next();
			String serial = cert.getSerialNumber().toString(16);
			if (!cert.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(Pki.BC).build(ca))) {
				return new Verification(false, serial, "the signer's certificate was not issued by this server's CA");
			}
			if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Pki.BC).build(cert))) {
				return new Verification(false, serial, "the signature does not match the signed content");
			}
			return new Verification(true, serial, "CMS signature verifies against the CA and the signed content");
		}
		catch (Exception e) {
			return new Verification(false, null, "the signature does not verify: " + e.getMessage());
		}
	}

}
