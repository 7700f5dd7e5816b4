package org.gxpbridge.monitoring;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.gxpbridge.shared.InvalidInputException;

/** The ledger entry ids (seq) a finding names: "12, 15 17" in, "12,15,17" stored. */
final class FindingEntries {

	private FindingEntries() {
	}

	static List<Long> parse(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		try {
			return Arrays.stream(text.split("[,;\\s#]+"))
				.filter(s -> !s.isBlank())
				.map(Long::parseLong)
				.distinct()
				.sorted()
				.toList();
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("finding_entries_invalid",
					"Finding entries are ledger entry numbers separated by commas, not '" + text + "'");
		}
	}

	static String format(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

}
