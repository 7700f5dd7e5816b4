package org.gxpbridge.improvement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.gxpbridge.improvement.ReleaseSigning;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * The installed artifact is the approved one when its SHA-256 equals the approved hash,
 * or when a detached CMS signature over its bytes verifies against the configured release
 * certificate; a signature by another key, over other bytes, or without a configured
 * certificate is refused with what was found.
 */
@Verifies("URS-28")
class ChangeArtifactCheckTests {

	static final byte[] ARTIFACT = "pump firmware 2.4.1".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path dir;

	ChangeArtifactCheck check(ReleaseSigning configured) throws Exception {
		Path pem = configured.pem(dir);
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
		ReleaseSigning release = ReleaseSigning.of("Vendor Release");
		var result = check(release).bySignature(ARTIFACT, release.detachedSignature(ARTIFACT));
		assertThat(result.verified()).isTrue();
		assertThat(result.finding()).contains("verified against the release certificate", "Vendor Release");
	}

	@Test
	void refusesASignatureByAnotherKeyOverOtherBytesOrWithoutACertificate() throws Exception {
		ReleaseSigning release = ReleaseSigning.of("Vendor Release");
		ReleaseSigning other = ReleaseSigning.of("Someone Else");
		assertThat(check(release).bySignature(ARTIFACT, other.detachedSignature(ARTIFACT)).verified()).isFalse();
		var tampered = check(release).bySignature("pump firmware 2.4.2".getBytes(StandardCharsets.UTF_8),
				release.detachedSignature(ARTIFACT));
		assertThat(tampered.verified()).isFalse();
		assertThat(check(release).bySignature(ARTIFACT, "not CMS".getBytes(StandardCharsets.UTF_8)).verified())
			.isFalse();
		var unconfigured = new ChangeArtifactCheck(new MockEnvironment()).bySignature(ARTIFACT,
				release.detachedSignature(ARTIFACT));
		assertThat(unconfigured.verified()).isFalse();
		assertThat(unconfigured.finding()).contains("no release certificate configured");
	}

}
