package org.gxpbridge.regulation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.gxpbridge.regulation.Mapping;
import org.gxpbridge.regulation.Requirement;
import org.gxpbridge.regulation.internal.ImportBatch.MappingDraft;
import org.gxpbridge.regulation.internal.ImportBatch.RequirementDraft;

/**
 * Checks a whole import file against itself and the catalogue before anything is written:
 * ids present and unique, titles within the column, parents and linked requirements
 * known, relations of the five kinds. Every problem names its line and field.
 */
public final class ImportValidator {

	private static final Pattern FRAMEWORK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

	private final CatalogueStore store;

	private final ImportProblems problems;

	private final Map<String, Set<String>> known = new HashMap<>();

	private final Map<String, Boolean> frameworks = new HashMap<>();

	public ImportValidator(CatalogueStore store, ImportProblems problems) {
		this.store = store;
		this.problems = problems;
	}

	/** The batch's requirements, checked, in file order. */
	public List<Requirement> requirements(ImportBatch batch) {
		batch.frameworks.stream()
			.filter(f -> !FRAMEWORK_ID.matcher(f.id()).matches())
			.forEach(f -> problems.add("field frameworkId",
					"'" + f.id() + "' is not a catalogue id (letters, digits, . _ -, at most 40)"));
		Map<String, RequirementDraft> seen = new LinkedHashMap<>();
		for (RequirementDraft r : batch.requirements) {
			if (r.id() == null) {
				problems.add(r.at() + ", field id", "missing");
				continue;
			}
			if (r.id().length() > 80) {
				problems.add(r.at() + ", field id", "longer than 80 characters");
			}
			RequirementDraft first = seen.putIfAbsent(r.frameworkId() + "\n" + r.id(), r);
			if (first != null) {
				problems.add(r.at() + ", field id", "duplicate id " + r.id() + " (first at " + first.at() + ")");
			}
			if (r.title() == null) {
				problems.add(r.at() + ", field title", "missing for " + r.id());
			}
			else if (r.title().length() > 300) {
				problems.add(r.at() + ", field title",
						"longer than 300 characters for " + r.id() + " (put long text into description)");
			}
		}
		List<Requirement> out = new ArrayList<>();
		for (RequirementDraft r : seen.values()) {
			if (r.parentId() != null && !seen.containsKey(r.frameworkId() + "\n" + r.parentId())
					&& !ids(r.frameworkId()).contains(r.parentId())) {
				problems.add(r.at() + ", field parent", "unknown parent " + r.parentId() + " of " + r.id());
			}
			out.add(new Requirement(r.frameworkId(), r.id(), r.title(), r.description(), r.parentId(), 0));
		}
		out.forEach(r -> ids(r.frameworkId()).add(r.id()));
		return out;
	}

	/**
	 * The batch's links with ids as the catalogue (or the same file) spells them; call
	 * after {@link #requirements}.
	 */
	public List<Mapping> mappings(ImportBatch batch) {
		Map<List<String>, Mapping> links = new LinkedHashMap<>();
		for (MappingDraft m : batch.mappings) {
			String from = resolve(m.fromFramework(), m.fromId(), m.at(), m.fields().fromFramework(),
					m.fields().fromId());
			String to = resolve(m.toFramework(), m.toId(), m.at(), m.fields().toFramework(), m.fields().toId());
			if (m.relation() == null || !Mapping.RELATIONS.contains(m.relation())) {
				problems.add(m.at() + ", field " + m.fields().relation(), "'" + m.relation() + "' is not one of "
						+ String.join(", ", Mapping.RELATIONS.stream().sorted().toList()));
				continue;
			}
			if (from == null || to == null) {
				continue;
			}
			Mapping link = new Mapping(m.fromFramework(), from, m.toFramework(), to, m.relation());
			Mapping before = links.putIfAbsent(List.of(link.fromFramework(), from, link.toFramework(), to), link);
			if (before != null && !before.relation().equals(link.relation())) {
				problems.add(m.at() + ", field " + m.fields().relation(),
						"link " + from + " -> " + to + " given twice with different" + " relations ("
								+ before.relation() + ", " + link.relation() + ")");
			}
		}
		return new ArrayList<>(links.values());
	}

	private String resolve(String frameworkId, String id, String at, String frameworkField, String idField) {
		if (frameworkId == null
				|| !frameworks.computeIfAbsent(frameworkId, f -> known.containsKey(f) || store.hasFramework(f))) {
			problems.add(at + ", field " + frameworkField, "unknown framework " + frameworkId);
			return null;
		}
		if (id == null) {
			problems.add(at + ", field " + idField, "missing");
			return null;
		}
		Set<String> ids = ids(frameworkId);
		if (ids.contains(id)) {
			return id;
		}
		List<String> sameButCase = ids.stream()
			.filter(i -> i.toLowerCase(Locale.ROOT).equals(id.toLowerCase(Locale.ROOT)))
			.toList();
		if (sameButCase.size() == 1) {
			return sameButCase.get(0);
		}
		problems.add(at + ", field " + idField, "unknown requirement " + id + " of framework " + frameworkId);
		return null;
	}

	private Set<String> ids(String frameworkId) {
		return known.computeIfAbsent(frameworkId, store::requirementIds);
	}

}
