package org.gxpbridge.regulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.gxpbridge.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * The regulation catalogue, read-only for the rest of the server: frameworks (seeded by
 * V30), their requirements and the typed crosswalk between them (seeded by V51/V52,
 * extended by imports).
 */
@Service
public class RegulationCatalogue {

	private static final RowMapper<Framework> FRAMEWORK = (rs, n) -> new Framework(rs.getString("id"),
			rs.getString("short_name"), rs.getString("title"), rs.getString("kind"), rs.getString("issuer"),
			rs.getString("requirement_prefix"));

	private static final RowMapper<Requirement> REQUIREMENT = (rs, n) -> new Requirement(rs.getString("framework_id"),
			rs.getString("requirement_id"), rs.getString("title"), rs.getString("description"),
			rs.getString("parent_id"), rs.getInt("sort_order"));

	private static final RowMapper<Mapping> MAPPING = (rs, n) -> new Mapping(rs.getString("from_framework"),
			rs.getString("from_requirement"), rs.getString("to_framework"), rs.getString("to_requirement"),
			rs.getString("relation"));

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

	/**
	 * The requirements of a framework in reading order (functions before their categories
	 * before their subcategories).
	 * @throws NotFoundException {@code framework_not_found} if the catalogue has no such
	 * framework
	 */
	public List<Requirement> requirements(String frameworkId) {
		requireFramework(frameworkId);
		return jdbc.query("select * from gxp_regulation_requirement where framework_id = ? order by sort_order",
				REQUIREMENT, frameworkId);
	}

	/** One requirement of a framework, if the catalogue has it. */
	public Optional<Requirement> requirement(String frameworkId, String id) {
		return jdbc
			.query("select * from gxp_regulation_requirement where framework_id = ? and requirement_id = ?",
					REQUIREMENT, frameworkId, id)
			.stream()
			.findFirst();
	}

	/**
	 * Every crosswalk link between two frameworks, read from {@code from} to {@code to}
	 * whichever way it was stored (a stored SUBSET read backwards is a SUPERSET).
	 * @throws NotFoundException {@code framework_not_found} for an unknown framework
	 */
	public List<Mapping> mappings(String from, String to) {
		requireFramework(from);
		requireFramework(to);
		List<Mapping> links = new ArrayList<>(
				jdbc.query("select * from gxp_regulation_mapping where from_framework = ? and to_framework = ?"
						+ " order by from_requirement, to_requirement", MAPPING, from, to));
		if (!from.equals(to)) {
			jdbc.query("select * from gxp_regulation_mapping where from_framework = ? and to_framework = ?"
					+ " order by to_requirement, from_requirement", MAPPING, to, from)
				.forEach(m -> links.add(m.reversed()));
		}
		return links;
	}

	/**
	 * Every crosswalk link of one requirement, in both directions, each read from this
	 * requirement (its {@code fromFramework}/{@code fromRequirement} are the ones asked
	 * for).
	 * @throws NotFoundException {@code framework_not_found} or
	 * {@code requirement_not_found}
	 */
	public List<Mapping> mappedTo(String frameworkId, String requirementId) {
		requireFramework(frameworkId);
		if (requirement(frameworkId, requirementId).isEmpty()) {
			throw new NotFoundException("requirement_not_found",
					"Framework " + frameworkId + " has no requirement " + requirementId);
		}
		List<Mapping> links = new ArrayList<>(
				jdbc.query("select * from gxp_regulation_mapping where from_framework = ? and from_requirement = ?"
						+ " order by to_framework, to_requirement", MAPPING, frameworkId, requirementId));
		jdbc.query("select * from gxp_regulation_mapping where to_framework = ? and to_requirement = ?"
				+ " order by from_framework, from_requirement", MAPPING, frameworkId, requirementId)
			.forEach(m -> links.add(m.reversed()));
		return links;
	}

	/**
	 * Every crosswalk link of a framework's requirements, in both directions, each read
	 * from this framework.
	 * @throws NotFoundException {@code framework_not_found}
	 */
	public List<Mapping> mappingsOf(String frameworkId) {
		requireFramework(frameworkId);
		List<Mapping> links = new ArrayList<>(jdbc.query("select * from gxp_regulation_mapping where from_framework = ?"
				+ " order by from_requirement, to_framework, to_requirement", MAPPING, frameworkId));
		jdbc.query(
				"select * from gxp_regulation_mapping where to_framework = ? and from_framework <> ?"
						+ " order by to_requirement, from_framework, from_requirement",
				MAPPING, frameworkId, frameworkId)
			.forEach(m -> links.add(m.reversed()));
		return links;
	}

	/**
	 * Requirements whose id, title or description contain every word of {@code text}
	 * (case-insensitive), in catalogue order, at most {@code limit}.
	 */
	public List<Requirement> search(String text, int limit) {
		List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+"))
			.filter(w -> !w.isBlank())
			.toList();
		if (words.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("select * from gxp_regulation_requirement where 1 = 1");
		List<Object> args = new ArrayList<>();
		for (String word : words) {
			sql.append(" and lower(concat(requirement_id, ' ', title, ' ', coalesce(description, ''))) like ?");
			args.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		sql.append(" order by framework_id, sort_order fetch first ").append(Math.max(1, limit)).append(" rows only");
		return jdbc.query(sql.toString(), REQUIREMENT, args.toArray());
	}

	private void requireFramework(String id) {
		if (framework(id).isEmpty()) {
			throw new NotFoundException("framework_not_found", "The catalogue has no framework " + id);
		}
	}

}
