package org.gxpbridge.support.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requirements met outside the test run, read from the table of
 * docs/validation/procedures.md (id, kind, how and where): the kit shows them with their
 * kind instead of as a gap.
 */
final class Procedures {

	/** The kinds the table may name. */
	static final Set<String> KINDS = Set.of("PROCEDURE", "SUPPLIER", "NOT APPLICABLE");

	/** One row: a requirement, how it is met, and where that is written down. */
	record Procedure(String id, String kind, String how) {
	}

	private static final Pattern ROW = Pattern
		.compile("^\\|\\s*([A-Z][A-Z0-9]*-[A-Za-z0-9.]+)\\s*\\|([^|]*)\\|([^|]*)\\|\\s*$");

	private Procedures() {
	}

	/**
	 * @param file docs/validation/procedures.md; absent means none
	 * @return the rows by requirement id
	 * @throws IllegalStateException when an id appears twice or a kind is unknown
	 */
	static Map<String, Procedure> read(Path file) {
		if (!Files.exists(file)) {
			return Map.of();
		}
		Map<String, Procedure> byId = new LinkedHashMap<>();
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				Matcher row = ROW.matcher(line);
				if (row.matches()) {
					Procedure procedure = new Procedure(row.group(1), row.group(2).strip(), row.group(3).strip());
					if (!KINDS.contains(procedure.kind())) {
						throw new IllegalStateException(file + ": " + procedure.id() + " has the kind '"
								+ procedure.kind() + "', not one of " + KINDS);
					}
					if (byId.put(procedure.id(), procedure) != null) {
						throw new IllegalStateException(file + " lists " + procedure.id() + " twice");
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Collections.unmodifiableMap(byId);
	}

}
