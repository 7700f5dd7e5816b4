package org.gxpbridge.documents.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.gxpbridge.documents.DocumentKind;
import org.gxpbridge.documents.SearchHit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Search for databases without a full-text engine (embedded H2): every word must occur in
 * the title or text (case-insensitive substring); hits are ranked by how often the words
 * occur. Good enough for a demo and for tests, not for a large archive.
 */
final class PortableSearch implements SearchIndex {

	private static final int MAX_TERMS = 8;

	private final JdbcTemplate jdbc;

	PortableSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<SearchHit> search(String query, int limit) {
		List<String> terms = Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.§/-]+"))
			.filter(t -> t.length() >= 2)
			.distinct()
			.limit(MAX_TERMS)
			.toList();
		if (terms.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder(
				"select id, title, kind, media_type, extracted_text from gxp_document where 1 = 1");
		List<Object> args = new ArrayList<>();
		for (String term : terms) {
			sql.append(" and (lower(title) like ? escape '\\' or lower(extracted_text) like ? escape '\\')");
			String like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			args.add(like);
			args.add(like);
		}
		sql.append(" order by uploaded_at desc limit ?");
		args.add(limit);
		List<SearchHit> hits = jdbc.query(sql.toString(), (rs, n) -> hit(rs.getString("id"), rs.getString("title"),
				rs.getString("kind"), rs.getString("media_type"), rs.getString("extracted_text"), terms),
				args.toArray());
		return hits.stream().sorted(Comparator.comparingDouble(SearchHit::rank).reversed()).toList();
	}

	private static SearchHit hit(String id, String title, String kind, String mediaType, String text,
			List<String> terms) {
		String lower = text.toLowerCase(Locale.ROOT);
		int occurrences = 0;
		int first = -1;
		for (String term : terms) {
			for (int i = lower.indexOf(term); i >= 0; i = lower.indexOf(term, i + term.length())) {
				occurrences++;
				first = first < 0 ? i : Math.min(first, i);
			}
		}
		String snippet = first < 0 ? ""
				: text.substring(Math.max(0, first - 80), Math.min(text.length(), first + 120))
					.replaceAll("\\s+", " ")
					.strip();
		return new SearchHit(id, title, DocumentKind.valueOf(kind), mediaType, snippet, occurrences);
	}

}
