package org.gxpbridge.improvement.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Is the installed artifact the approved one? Either its SHA-256 equals the approved
 * hash, or a detached CMS/PKCS#7 signature over its bytes verifies (Bouncy Castle)
 * against the release certificate configured in
 * {@code gxp.change-control.release-certificate} (a PEM file). The answer names what was
 * checked, for the change record.
 */
@Component("changeArtifactCheck")
public class ChangeArtifactCheck {

	public static final String CERTIFICATE_PROPERTY = "gxp.change-control.release-certificate";

	/** The check's answer: verified or not, and what was found. */
	public record Result(boolean verified, String finding) {
	}

	private final Environment environment;

	ChangeArtifactCheck(Environment environment) {
		this.environment = environment;
	}

	public Result byHash(String approvedSha256, String installedSha256) {
		boolean same = approvedSha256 != null && approvedSha256.equalsIgnoreCase(installedSha256);
		return new Result(same,
				same ? "SHA-256 " + installedSha256 + " equals the approved hash" : "SHA-256 of the installed artifact "
						+ installedSha256 + " differs from the approved " + approvedSha256);
	}

	/**
	 * A detached signature over the artifact, checked against the release certificate.
	 */
	public Result bySignature(byte[] artifact, byte[] signature) {
		String path = environment.getProperty(CERTIFICATE_PROPERTY);
		if (path == null || path.isBlank()) {
			return new Result(false, "no release certificate configured (" + CERTIFICATE_PROPERTY
					+ "): a signed artifact cannot be verified");
		}
		X509Certificate certificate;
		try (InputStream in = Files.newInputStream(Path.of(path))) {
			certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
		}
		catch (IOException | CertificateException e) {
			return new Result(false, "release certificate " + path + " unreadable: " + e.getMessage());
		}
		try {
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(artifact),
					new ByteArrayInputStream(signature));
			var verifier = new JcaSimpleSignerInfoVerifierBuilder().build(certificate);
			var holder = new JcaX509CertificateHolder(certificate);
			for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
				if (signer.getSID().match(holder) && signer.verify(verifier)) {
					return new Result(true, "detached CMS signature verified against the release certificate "
							+ certificate.getSubjectX500Principal().getName());
				}
			}
			return new Result(false, "the detached signature is not a valid signature of the release certificate "
					+ certificate.getSubjectX500Principal().getName() + " over the installed artifact");
		}
		catch (CMSException | OperatorCreationException | CertificateEncodingException | RuntimeException e) {
			return new Result(false, "the detached signature does not verify: " + e.getMessage());
		}
	}

}
