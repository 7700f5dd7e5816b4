package org.gxpbridge.regulation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gxpbridge.regulation.Mapping;
import org.gxpbridge.regulation.Requirement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes of the catalogue tables, used only by imports. */
@Component
public class CatalogueStore {

	private final JdbcTemplate jdbc;

	CatalogueStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public boolean hasFramework(String id) {
		return !jdbc.queryForList("select id from gxp_regulation_framework where id = ?", String.class, id).isEmpty();
	}

	/** The requirement ids the catalogue holds for a framework. */
	public Set<String> requirementIds(String frameworkId) {
		return new HashSet<>(
				jdbc.queryForList("select requirement_id from gxp_regulation_requirement where framework_id = ?",
						String.class, frameworkId));
	}

	public void addFramework(String id, String shortName, String title, String issuer) {
		jdbc.update("insert into gxp_regulation_framework (id, short_name, title, kind, issuer) values (?, ?, ?, ?, ?)",
				id, cut(shortName, 80), cut(title, 300), "FRAMEWORK", cut(issuer, 80));
	}

	/** Adds the requirement after the framework's last one, or updates its texts. */
	public boolean addOrUpdate(Requirement r) {
		int updated = jdbc.update(
				"update gxp_regulation_requirement set title = ?, description = ?, parent_id = ?"
						+ " where framework_id = ? and requirement_id = ?",
				r.title(), r.description(), r.parentId(), r.frameworkId(), r.id());
		if (updated > 0) {
			return false;
		}
		Integer last = jdbc.queryForObject(
				"select max(sort_order) from gxp_regulation_requirement where framework_id = ?", Integer.class,
				r.frameworkId());
		jdbc.update("insert into gxp_regulation_requirement"
				+ " (framework_id, requirement_id, title, description, parent_id, sort_order) values (?, ?, ?, ?, ?, ?)",
				r.frameworkId(), r.id(), r.title(), r.description(), r.parentId(), (last == null ? 0 : last) + 10);
		return true;
	}

	/** Stores the links, replacing the relation of a link the catalogue already has. */
	public void addOrReplace(List<Mapping> links) {
		for (Mapping m : links) {
			jdbc.update(
					"delete from gxp_regulation_mapping where from_framework = ? and from_requirement = ?"
							+ " and to_framework = ? and to_requirement = ?",
					m.fromFramework(), m.fromRequirement(), m.toFramework(), m.toRequirement());
			jdbc.update("insert into gxp_regulation_mapping"
					+ " (from_framework, from_requirement, to_framework, to_requirement, relation) values (?, ?, ?, ?, ?)",
					m.fromFramework(), m.fromRequirement(), m.toFramework(), m.toRequirement(), m.relation());
		}
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
