package org.gxpbridge.regulation.internal;

import java.util.ArrayList;
import java.util.List;

import org.gxpbridge.shared.InvalidInputException;

/**
 * Collects what is wrong with an import file, each problem naming where (line, field), so
 * the user can fix the file in one go; {@link #throwIfAny()} refuses the whole file.
 */
public final class ImportProblems {

	/** A refusal names at most this many problems; the rest are counted. */
	static final int SHOWN = 20;

	private final List<String> problems = new ArrayList<>();

	public void add(String at, String problem) {
		problems.add(at + ": " + problem);
	}

	public boolean isEmpty() {
		return problems.isEmpty();
	}

	/** Refuses the import (400) if any problem was found; nothing has been stored. */
	public void throwIfAny() {
		if (problems.isEmpty()) {
			return;
		}
		String shown = String.join("; ", problems.subList(0, Math.min(SHOWN, problems.size())));
		String more = problems.size() > SHOWN ? " (and " + (problems.size() - SHOWN) + " more)" : "";
		throw new InvalidInputException("import_invalid",
				"Nothing was imported, the file has " + problems.size() + " problem(s): " + shown + more);
	}

	/** Refuses at once: the file cannot be read further. */
	public static InvalidInputException unreadable(String at, String problem) {
		return new InvalidInputException("import_invalid",
				"Nothing was imported, the file cannot be read: " + at + ": " + problem);
	}

}
