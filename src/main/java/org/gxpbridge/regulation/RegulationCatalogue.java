package org.gxpbridge.regulation;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * The frameworks of the regulation catalogue, read-only for the rest of the server
 * (seeded by migration V30).
 */
@Service
public class RegulationCatalogue {

	private static final RowMapper<Framework> FRAMEWORK = (rs, n) -> new Framework(rs.getString("id"),
			rs.getString("short_name"), rs.getString("title"), rs.getString("kind"), rs.getString("issuer"),
			rs.getString("requirement_prefix"));

	private final JdbcTemplate jdbc;

	RegulationCatalogue(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every framework, ordered by id. */
	public List<Framework> frameworks() {
		return jdbc.query("select * from gxp_regulation_framework order by id", FRAMEWORK);
	}

	/** The framework with this catalogue id, if the catalogue has it. */
	public Optional<Framework> framework(String id) {
		return jdbc.query("select * from gxp_regulation_framework where id = ?", FRAMEWORK, id).stream().findFirst();
	}

}
