package org.gxpbridge.controls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A control implementation record (GET /api/controls/implementations/{id}): the plan, the
 * implementation with its evidence, the verification by someone other than the
 * implementer, and the status. Its APPROVED signature covers this record as it stands in
 * the module's tables.
 */
public record ControlImplementation(String id, String title, ControlCategory category,
		List<RequirementRef> requirements, String gapActionId, String ownerId, LocalDate dueDate, ControlStatus status,
		String implementation, String implementedBy, Instant implementedAt, String verificationResult,
		String verificationComment, String verifiedBy, Instant verifiedAt, Instant effectiveAt,
		List<ControlEvidence> evidence, String processInstanceId, String plannedBy, Instant plannedAt) {

	/** Verification results. */
	public static final String PASSED = "PASSED";

	public static final String FAILED = "FAILED";

}
