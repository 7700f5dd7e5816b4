package org.gxpbridge.regulation;

import java.util.List;

/**
 * What an import stored.
 *
 * @param format the file's format
 * @param frameworkIds the frameworks whose requirements or links changed
 * @param frameworksCreated frameworks the catalogue did not have before
 * @param requirementsAdded new requirements
 * @param requirementsUpdated existing requirements whose texts were replaced
 * @param mappings links added or given a new relation
 * @param skipped links the file states as not related (read, not stored)
 * @param sha256 SHA-256 (hex) of the imported file
 */
public record ImportResult(ImportFormat format, List<String> frameworkIds, int frameworksCreated, int requirementsAdded,
		int requirementsUpdated, int mappings, int skipped, String sha256) {
}
