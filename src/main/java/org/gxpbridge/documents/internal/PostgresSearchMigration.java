package org.gxpbridge.documents.internal;

import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V32: the PostgreSQL full-text index of documents (a generated tsvector column
 * with a GIN index). It is Java because the DDL exists only on PostgreSQL; on other
 * databases it records itself and does nothing. Spring Boot hands JavaMigration beans to
 * Flyway. A text too rich for one tsvector (PostgreSQL's 1 MB limit) is indexed by its
 * first 100 000 characters instead of failing the upload.
 */
@Component
class PostgresSearchMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("32");
	}

	@Override
	public String getDescription() {
		return "document search index";
	}

	@Override
	public Integer getChecksum() {
		return 32_001;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		if (!PostgresSearch.PRODUCT.equals(context.getConnection().getMetaData().getDatabaseProductName())) {
			return;
		}
		try (Statement s = context.getConnection().createStatement()) {
			s.execute(
					"""
							create function gxp_document_tsvector(title text, body text) returns tsvector language plpgsql immutable as $$
							begin
							    return setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(body, '')), 'B');
							exception when program_limit_exceeded then
							    return setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', left(coalesce(body, ''), 100000)), 'B');
							end $$""");
			s.execute("alter table gxp_document add column search_vector tsvector "
					+ "generated always as (gxp_document_tsvector(title, extracted_text)) stored");
			s.execute("create index ix_gxp_document_search on gxp_document using gin (search_vector)");
		}
	}

}
