package org.gxpbridge.improvement;

import java.util.List;

/**
 * A change to request: its kind, title, description and reason, the risks it touches
 * ({@code registerId/riskId} of the risk module), the controlled documents it revises (by
 * number) and, for an artifact released by hash, the SHA-256 of the approved artifact (64
 * hex digits; optional when the artifact carries a detached signature checked against
 * {@code gxp.change-control.release-certificate}).
 */
public record NewChangeRequest(String kind, String title, String description, String reason, List<String> riskIds,
		List<String> documentNumbers, String approvedSha256) {

	public NewChangeRequest {
		riskIds = riskIds == null ? List.of() : List.copyOf(riskIds);
		documentNumbers = documentNumbers == null ? List.of() : List.copyOf(documentNumbers);
	}

}
