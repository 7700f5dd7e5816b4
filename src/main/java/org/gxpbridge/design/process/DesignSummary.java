package org.gxpbridge.design.process;

import org.gxpbridge.design.DesignItem;
import org.gxpbridge.design.DesignReview;
import org.gxpbridge.design.TraceMatrix;

/** The record as the review and approval steps show it (the item page shows all). */
final class DesignSummary {

	private DesignSummary() {
	}

	static String of(DesignItem item, TraceMatrix matrix, DesignReview review) {
		StringBuilder b = new StringBuilder();
		b.append(item.id()).append(' ').append(item.name()).append(' ').append(item.version());
		b.append("\nDesigners: ").append(item.designers());
		b.append("\nRequirements: ");
		item.requirements()
			.forEach(r -> b.append("\n  ").append(r.id()).append(" [").append(r.type()).append("] ").append(r.text()));
		b.append("\nThreat model: ")
			.append(item.threatModel() == null ? "none"
					: item.threatModel().documentId() + " sha256 " + item.threatModel().sha256());
		b.append("\nCybersecurity risk assessment: risk register ").append(item.riskRegisterId());
		b.append("\nVerifications: ");
		item.verifications()
			.forEach(v -> b.append("\n  ")
				.append(v.id())
				.append(' ')
				.append(v.method())
				.append(' ')
				.append(v.result())
				.append(" -> ")
				.append(v.requirementIds())
				.append(' ')
				.append(v.riskControlIds()));
		b.append("\nOpen gaps: ").append(matrix.gaps().stream().map(TraceMatrix.Gap::key).toList());
		if (review.outcome() != null) {
			b.append("\nReview round ")
				.append(review.round())
				.append(" by ")
				.append(review.reviewerId())
				.append(": ")
				.append(review.outcome())
				.append(' ')
				.append(review.findings())
				.append(' ')
				.append(review.justifications());
		}
		String text = b.toString();
		// a string variable holds at most 4000 characters
		return text.length() <= 3800 ? text : text.substring(0, 3700) + "\n... all of it on /design/items/" + item.id();
	}

}
