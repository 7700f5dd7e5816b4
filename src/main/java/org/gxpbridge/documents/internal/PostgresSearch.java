package org.gxpbridge.documents.internal;

import java.util.List;

import org.gxpbridge.documents.DocumentKind;
import org.gxpbridge.documents.SearchHit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL full-text search over the generated {@code search_vector} column (migration
 * V32, GIN index). {@code websearch_to_tsquery} accepts what people type ("quoted
 * phrases", or, -excluded) and never fails on syntax.
 */
final class PostgresSearch implements SearchIndex {

	static final String PRODUCT = "PostgreSQL";

	private final JdbcTemplate jdbc;

	PostgresSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<SearchHit> search(String query, int limit) {
		// the headline is taken from the first 100 000 characters: ts_headline re-parses
		// what it is given
		return jdbc.query("select d.id, d.title, d.kind, d.media_type, ts_rank(d.search_vector, q) as rank, "
				+ "ts_headline('english', left(d.extracted_text, 100000), q, 'MaxFragments=2, MaxWords=25, MinWords=8, StartSel=«, StopSel=»') as snippet "
				+ "from gxp_document d, websearch_to_tsquery('english', ?) q where d.search_vector @@ q "
				+ "order by rank desc, d.uploaded_at desc limit ?",
				(rs, n) -> new SearchHit(rs.getString("id"), rs.getString("title"),
						DocumentKind.valueOf(rs.getString("kind")), rs.getString("media_type"), rs.getString("snippet"),
						rs.getDouble("rank")),
				query, limit);
	}

}
