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

	// TEMP stub (gap branch): a few requirements and one crosswalk link until the
	// catalogue lands
	private static final List<Requirement> STUB = List.of(
			new Requirement("21-CFR-11", "11.10(a)", "Validation of systems", "", "11.10", 1),
			new Requirement("21-CFR-11", "11.10(d)", "Limiting system access", "", "11.10", 4),
			new Requirement("21-CFR-11", "11.10(e)", "Audit trails", "", "11.10", 5),
			new Requirement("21-CFR-11", "11.50", "Signature manifestations", "", "11.50", 20),
			new Requirement("FDCA-524B", "524B(b)(1)", "Postmarket vulnerability plan", "", null, 1),
			new Requirement("FDCA-524B", "524B(b)(2)", "Cybersecure design and updates", "", null, 2),
			new Requirement("FDCA-524B", "524B(b)(3)", "Software bill of materials", "", null, 3),
			new Requirement("ISO-IEC-27001", "A.5.15", "Access control", "", "A.5", 15),
			new Requirement("ISO-IEC-27001", "A.5.16", "Identity management", "", "A.5", 16),
			new Requirement("ISO-IEC-27001", "A.8.15", "Logging", "", "A.8", 115));

	public List<Requirement> requirements(String frameworkId) {
		return STUB.stream().filter(r -> r.frameworkId().equals(frameworkId)).toList();
	}

	public Optional<Requirement> requirement(String frameworkId, String requirementId) {
		return requirements(frameworkId).stream().filter(r -> r.id().equals(requirementId)).findFirst();
	}

	public List<Mapping> mappedTo(String frameworkId, String requirementId) {
		List<Mapping> all = List.of(new Mapping("21-CFR-11", "11.10(d)", "ISO-IEC-27001", "A.5.15", "intersect"),
				new Mapping("21-CFR-11", "11.10(e)", "ISO-IEC-27001", "A.8.15", "intersect"));
		return all.stream()
			.filter(m -> (m.fromFramework().equals(frameworkId) && m.fromRequirement().equals(requirementId))
					|| (m.toFramework().equals(frameworkId) && m.toRequirement().equals(requirementId)))
			.toList();
	}

}
