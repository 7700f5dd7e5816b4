package org.gxpbridge.improvement.process;

import org.gxpbridge.improvement.ManagementReview;
import org.gxpbridge.improvement.ManagementReviewAction;
import org.gxpbridge.improvement.ManagementReviewInput;

/** The review as text for its tasks' forms (the record's page shows all of it). */
final class ManagementReviewSummary {

	private ManagementReviewSummary() {
	}

	static String of(ManagementReview r) {
		StringBuilder text = new StringBuilder(
				r.id() + ", inputs since " + r.since() + " (pack sha256 " + r.packSha256() + ")\n");
		for (ManagementReviewInput input : r.pack()) {
			text.append("\n").append(input.title()).append(":\n");
			input.facts().forEach(f -> text.append("- ").append(f).append("\n"));
			String conclusion = r.conclusions().get(input.key());
			if (conclusion != null) {
				text.append("Conclusion: ").append(conclusion).append("\n");
			}
		}
		if (r.minutesBy() != null) {
			text.append("\nAttendees: ").append(String.join(", ", r.attendees()));
			text.append("\nDecisions: ").append(r.decisions());
			text.append("\nRestart the lifecycle at step 1: ").append(Boolean.TRUE.equals(r.restartLifecycle()));
			for (ManagementReviewAction a : r.actions()) {
				text.append("\nAction ")
					.append(a.id())
					.append(": ")
					.append(a.description())
					.append(" (owner ")
					.append(a.ownerId())
					.append(", due ")
					.append(a.dueDate())
					.append(")");
			}
			text.append("\nMinutes by ").append(r.minutesBy());
		}
		// a string variable holds at most 4000 characters
		return text.length() <= 3800 ? text.toString()
				: text.substring(0, 3700) + "\n... all of it on /improvement/management-reviews/" + r.id();
	}

}
