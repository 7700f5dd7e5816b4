package org.gxpbridge.regulation.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What one import file says, before validation: frameworks to create if the catalogue
 * lacks them, requirements to add or update, links to add. Every item keeps where it came
 * from ({@code at}: "line 12, field ref_id" or a JSON path), so a refusal can name it.
 */
public final class ImportBatch {

	/** A framework the file describes; created only if the catalogue has no such id. */
	public record FrameworkDraft(String id, String shortName, String title, String issuer) {
	}

	/** A requirement of the file. */
	public record RequirementDraft(String frameworkId, String id, String title, String description, String parentId,
			String at) {
	}

	/**
	 * A link of the file; a requirement id may differ in case from the catalogue's
	 * ({@code a.5.1} for {@code A.5.1} in CISO Assistant URNs).
	 */
	public record MappingDraft(String fromFramework, String fromId, String toFramework, String toId, String relation,
			String at, Fields fields) {
	}

	/** How the file names a link's fields, so a refusal uses the user's words. */
	public record Fields(String fromFramework, String fromId, String toFramework, String toId, String relation) {

		public static final Fields CSV = new Fields("from_framework", "from_id", "to_framework", "to_id", "relation");

		public static final Fields CISO = new Fields("source_framework_urn", "source_requirement_urn",
				"target_framework_urn", "target_requirement_urn", "relationship");

	}

	public final List<FrameworkDraft> frameworks = new ArrayList<>();

	public final List<RequirementDraft> requirements = new ArrayList<>();

	public final List<MappingDraft> mappings = new ArrayList<>();

	/** Links the file states as "not related": read, deliberately not stored. */
	public int skipped;

}
