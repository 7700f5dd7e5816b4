package org.gxpbridge.improvement;

import java.time.Instant;
import java.util.List;

/** A change request as stored, with its linked risks and documents. */
public record ChangeRequest(String id, ChangeKind kind, String title, String description, String reason,
		String approvedSha256, ChangeRequestStatus status, String impactValidation, String impactPatientSafety,
		String impactDataIntegrity, String assessedBy, String artifactDocumentId, String artifactFileName,
		String artifactSha256, String implementedBy, String artifactCheck, String deviationCapaId,
		String postVerificationComment, String postVerifiedBy, String effectivenessResult, String effectivenessComment,
		String effectivenessBy, Instant closedAt, String businessKey, String processInstanceId, String requestedBy,
		Instant requestedAt, List<ChangeRequestRisk> risks, List<ChangeRequestDocument> documents) {

	public ChangeRequest {
		risks = risks == null ? List.of() : List.copyOf(risks);
		documents = documents == null ? List.of() : List.copyOf(documents);
	}

	/**
	 * The updated policies and procedures: the documents made effective by the change.
	 */
	public List<ChangeRequestDocument> outputs() {
		return documents.stream().filter(ChangeRequestDocument::effective).toList();
	}

}
