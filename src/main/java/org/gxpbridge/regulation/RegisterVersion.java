package org.gxpbridge.regulation;

import java.time.Instant;
import java.util.List;

/**
 * One version of the applicability register (lifecycle step 1). A version is DRAFT while
 * the quality manager proposes it, IN_REVIEW while it is reviewed and approved, APPROVED
 * once signed, SUPERSEDED when a later version is approved (it stays readable), WITHDRAWN
 * when its review process ended without approval.
 *
 * @param registerId the register's id ({@link ApplicabilityRegister#REGISTER_ID})
 * @param version 1, 2, ... in the order versions were opened
 * @param status DRAFT, IN_REVIEW, APPROVED, SUPERSEDED or WITHDRAWN
 * @param entries the frameworks of this version, ordered by framework id
 * @param approvedAt when it was approved; null before
 * @param processInstanceId the RegulationReviewProcess instance that works on it
 * @param signatureIds the signatures that approved it (REVIEWED, APPROVED), in signing
 * order; empty before approval
 */
public record RegisterVersion(String registerId, int version, String status, List<ApplicableFramework> entries,
		Instant approvedAt, String processInstanceId, List<String> signatureIds) {

	public static final String DRAFT = "DRAFT";

	public static final String IN_REVIEW = "IN_REVIEW";

	public static final String APPROVED = "APPROVED";

	public static final String SUPERSEDED = "SUPERSEDED";

	public static final String WITHDRAWN = "WITHDRAWN";

	public RegisterVersion {
		entries = entries == null ? List.of() : List.copyOf(entries);
		signatureIds = signatureIds == null ? List.of() : List.copyOf(signatureIds);
	}

	/** The ids of the frameworks this version marks applicable. */
	public List<String> applicableFrameworkIds() {
		return entries.stream().filter(ApplicableFramework::applicable).map(ApplicableFramework::frameworkId).toList();
	}

}
