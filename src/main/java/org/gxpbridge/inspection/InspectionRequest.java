package org.gxpbridge.inspection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One request of an inspector and its response, timed: filed ({@code requestedAt}),
 * assigned, prepared, reviewed and published. {@code attachedRecords} are process
 * instance ids whose dossiers are the exported records
 * ({@code /reports/process-instances/{id}}).
 */
public record InspectionRequest(String id, String processInstanceId, String requestedBy, String subject, String text,
		List<String> recordRefs, InspectionRequestStatus status, Instant requestedAt, String assignedBy,
		Instant assignedAt, String preparer, String responseText, List<String> attachedRecords, Instant preparedAt,
		String reviewedBy, Instant reviewedAt, String reviewComment, Instant publishedAt) {

	public boolean published() {
		return status == InspectionRequestStatus.PUBLISHED;
	}

	/** From filing to publication, or to {@code now} while open. */
	public Duration elapsed(Instant now) {
		return Duration.between(requestedAt, publishedAt != null ? publishedAt : now);
	}

	/** The elapsed time as {@code 1 h 05 min} for the pages. */
	public String elapsedText(Instant now) {
		long minutes = Math.max(0, elapsed(now).toMinutes());
		return minutes >= 60 ? "%d h %02d min".formatted(minutes / 60, minutes % 60) : minutes + " min";
	}

}
