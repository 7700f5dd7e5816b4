package org.gxpbridge.support.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requirement ids tests may name, read from the table of
 * docs/validation/requirements.md (id, requirement, source), in the order written there.
 */
public final class Requirements {

	/** A requirement of the table. */
	public record Requirement(String id, String text, String source) {
	}

	private static final Pattern ROW = Pattern
		.compile("^\\|\\s*([A-Z][A-Z0-9]*-[A-Za-z0-9.]+)\\s*\\|([^|]*)\\|([^|]*)\\|\\s*$");

	private final Map<String, Requirement> byId;

	private Requirements(Map<String, Requirement> byId) {
		this.byId = byId;
	}

	/**
	 * Reads the table.
	 * @param file docs/validation/requirements.md
	 * @return the requirements
	 * @throws IllegalStateException when an id appears twice or the table is empty
	 */
	public static Requirements read(Path file) {
		Map<String, Requirement> byId = new LinkedHashMap<>();
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				Matcher row = ROW.matcher(line);
				if (row.matches()) {
					Requirement requirement = new Requirement(row.group(1), row.group(2).strip(), row.group(3).strip());
					if (byId.put(requirement.id(), requirement) != null) {
						throw new IllegalStateException(file + " lists " + requirement.id() + " twice");
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (byId.isEmpty()) {
			throw new IllegalStateException(file + " has no requirement rows");
		}
		return new Requirements(byId);
	}

	public boolean contains(String id) {
		return this.byId.containsKey(id);
	}

	public Iterable<Requirement> all() {
		return this.byId.values();
	}

	public int size() {
		return this.byId.size();
	}

}
