package org.gxpbridge.regulation;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * A file was imported into the regulation catalogue: who, which frameworks, how much
 * changed and the SHA-256 of the file, so the imported content can be matched to its
 * source later.
 */
public record RegulationCatalogueImported(String actorId, String fileName, String reason,
		ImportResult result) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		String counts = "format=" + result.format() + ", file=" + fileName + ", frameworks created="
				+ result.frameworksCreated() + ", requirements added=" + result.requirementsAdded() + ", updated="
				+ result.requirementsUpdated() + ", links=" + result.mappings() + ", not related (skipped)="
				+ result.skipped();
		return AuditFacts
			.of(actorId, "REGULATION_CATALOGUE_IMPORTED", "REGULATION_FRAMEWORK",
					String.join(",", result.frameworkIds()))
			.withChange("catalogue", null, counts)
			.withReason(reason)
			.withContentHash(result.sha256());
	}

}
