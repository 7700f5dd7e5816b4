package org.gxpbridge.reports;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.gxpbridge.security.Role;

/**
 * The one report API (issue 15 item 4): a module adds a report to {@code /reports} by
 * declaring a bean that implements this in its own {@code web/} or {@code internal/}
 * package, reading its own module API. The reports module renders it as a sortable,
 * filterable table at {@code /reports/{id}}, exports it as CSV or JSON at
 * {@code /api/reports/{id}?format=csv|json}, and records every view and export in the
 * audit trail; the provider only says what its rows are.
 */
public interface ReportProvider {

	/**
	 * Stable, lower-case, kebab-case id: the path segment of the report's page and API
	 * (e.g. {@code risk-register}). Never {@code audit-trail} or
	 * {@code process-instances}, which are taken.
	 */
	String id();

	/** What the index and the page call the report. */
	String title();

	/** One sentence: what the report shows and where its rows come from. */
	String description();

	/** Who may read it; the page and the API refuse everyone else (403). */
	Set<Role> readers();

	/** The columns, in order; every row has one value per column. */
	List<ReportColumn> columns();

	/**
	 * The rows, as a stream the caller consumes once and closes: a provider may read a
	 * large table lazily. Values are display text (times as ISO-8601 UTC), nulls allowed.
	 * The generic filters (a text per column) and sorting are applied by the reports
	 * module on top; a provider may use {@link ReportRequest#filters()} to narrow its own
	 * query early.
	 */
	Stream<List<String>> rows(ReportRequest request);

}
