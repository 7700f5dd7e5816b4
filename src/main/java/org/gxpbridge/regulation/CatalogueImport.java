package org.gxpbridge.regulation;

/**
 * One file to import into the catalogue.
 *
 * @param format how the file is written
 * @param frameworkId the catalogue id the file's framework is imported as (created if
 * new, its requirements added or updated if it exists); not needed for mapping files
 * @param frameworkName a short name for a new framework (defaults to the file's own)
 * @param fileName the uploaded file's name, for the audit trail
 * @param content the file's bytes
 * @param reason why the catalogue changes (recorded in the audit trail), may be null
 */
public record CatalogueImport(ImportFormat format, String frameworkId, String frameworkName, String fileName,
		byte[] content, String reason) {
}
