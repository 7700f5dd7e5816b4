package org.gxpbridge.modeling;

import java.time.Instant;

/**
 * One entry of the deployment history (public contract of issue 14: deploymentId,
 * changeId, checksum, validation, deployedBy, deployedAt, approvedBy). {@code changeId}
 * is {@code MC-n} for an approved change or {@code RELEASE-<version>} for a released
 * build's shipped models; {@code checksum} is the SHA-256 over the deployed resources
 * ({@link DeploymentChecksum}); {@code signatureId} is the approving signature
 * ({@code /api/signatures/{id}}), null for a release.
 */
public record ModelDeployment(String deploymentId, String changeId, String checksum, String validation,
		String deployedBy, Instant deployedAt, String approvedBy, String signatureId, String draftId,
		String resourceName) {

}
