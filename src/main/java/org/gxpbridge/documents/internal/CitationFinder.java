package org.gxpbridge.documents.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

import org.gxpbridge.documents.Citation;
import org.gxpbridge.regulation.Framework;
import org.gxpbridge.regulation.RegulationCatalogue;
import org.springframework.stereotype.Component;

/**
 * Finds the frameworks a text cites ({@link CitationRules}), labels each with the
 * regulation catalogue's id and name, and keeps the sections cited and the sentences in
 * which they are cited.
 */
@Component
class CitationFinder {

	private static final int WINDOW = 300;

	private final RegulationCatalogue catalogue;

	private final DocumentSettings settings;

	CitationFinder(RegulationCatalogue catalogue, DocumentSettings settings) {
		this.catalogue = catalogue;
		this.settings = settings;
	}

	private record Hit(String frameworkId, int start, int end, String section) {
	}

	List<Citation> citations(String text) {
		List<Hit> hits = new ArrayList<>();
		for (CitationRules.Rule rule : CitationRules.RULES) {
			Matcher m = rule.pattern().matcher(text);
			while (m.find()) {
				hits.add(new Hit(rule.frameworkId(), m.start(), m.end(), section(m)));
			}
		}
		// "21 CFR Part 11" is also found by the "Part 11" rule: a hit inside a longer one
		// of the same framework is one mention
		hits.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
		Map<String, List<Hit>> byFramework = new LinkedHashMap<>();
		for (Hit hit : hits) {
			List<Hit> taken = byFramework.computeIfAbsent(hit.frameworkId(), k -> new ArrayList<>());
			boolean inside = taken.stream().anyMatch(t -> hit.start() >= t.start() && hit.end() <= t.end());
			if (inside) {
				taken.stream()
					.filter(t -> hit.start() >= t.start() && hit.end() <= t.end() && t.section() == null
							&& hit.section() != null)
					.findFirst()
					.ifPresent(t -> taken.set(taken.indexOf(t),
							new Hit(t.frameworkId(), t.start(), t.end(), hit.section())));
			}
			else {
				taken.add(hit);
			}
		}
		List<Citation> citations = new ArrayList<>();
		byFramework.forEach((id, found) -> citations.add(citation(text, id, found)));
		citations.sort(Comparator.comparingInt(Citation::mentions).reversed().thenComparing(Citation::frameworkId));
		return citations;
	}

	private Citation citation(String text, String frameworkId, List<Hit> found) {
		Set<String> asWritten = new LinkedHashSet<>();
		Set<String> sections = new TreeSet<>();
		Set<String> passages = new LinkedHashSet<>();
		for (Hit hit : found) {
			asWritten.add(text.substring(hit.start(), hit.end()).replaceAll("\\s+", " ").strip());
			if (hit.section() != null) {
				sections.add(hit.section());
			}
			if (passages.size() < settings.citationPassages()) {
				passages.add(sentenceAround(text, hit.start(), hit.end()));
			}
		}
		String name = catalogue.framework(frameworkId).map(Framework::shortName).orElse(frameworkId);
		return new Citation(frameworkId, name, found.size(), List.copyOf(asWritten), List.copyOf(sections),
				List.copyOf(passages));
	}

	private static String section(Matcher m) {
		for (int g = 1; g <= m.groupCount(); g++) {
			String s = m.group(g);
			if (s != null && !s.isBlank() && Character.isLetterOrDigit(s.charAt(0))) {
				return s.replaceAll("\\s+", "");
			}
		}
		return null;
	}

	/**
	 * The sentence that holds text[start, end): bounded by ". X", a blank line or 300
	 * characters either side.
	 */
	static String sentenceAround(String text, int start, int end) {
		int from = Math.max(0, start - WINDOW);
		int to = Math.min(text.length(), end + WINDOW);
		int s = start;
		while (s > from && !sentenceStartsAt(text, s)) {
			s--;
		}
		int e = end;
		while (e < to && !sentenceEndsAt(text, e)) {
			e++;
		}
		String passage = text.substring(s, e).replaceAll("\\s+", " ").strip();
		return (s > from || s == 0 ? "" : "…") + passage + (e < to || e == text.length() ? "" : "…");
	}

	private static boolean sentenceStartsAt(String text, int i) {
		if (i >= 2 && text.charAt(i - 1) == '\n' && text.charAt(i - 2) == '\n') {
			return true;
		}
		return i >= 2 && Character.isWhitespace(text.charAt(i - 1)) && isTerminal(text.charAt(i - 2))
				&& Character.isUpperCase(text.charAt(i));
	}

	private static boolean sentenceEndsAt(String text, int i) {
		if (text.charAt(i) == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
			return true;
		}
		return i >= 1 && isTerminal(text.charAt(i - 1)) && Character.isWhitespace(text.charAt(i))
				&& i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
	}

	private static boolean isTerminal(char c) {
		return c == '.' || c == '!' || c == '?';
	}

}
