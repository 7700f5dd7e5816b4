package org.gxpbridge.monitoring;

import java.util.List;
import java.util.Map;

/**
 * The investigation's root cause (820.100(a)(2)): a statement backed by either a 5-why
 * chain or fishbone (Ishikawa) categories.
 *
 * @param method {@code FIVE_WHYS} or {@code FISHBONE}
 * @param whys the answers to "why?", first to last (up to five)
 * @param fishbone contributing causes by category (one of {@link #FISHBONE_CATEGORIES})
 * @param statement the root cause in one or two sentences
 */
public record RootCause(String method, List<String> whys, Map<String, String> fishbone, String statement) {

	public static final String FIVE_WHYS = "FIVE_WHYS";

	public static final String FISHBONE = "FISHBONE";

	/** The six classic Ishikawa categories. */
	public static final List<String> FISHBONE_CATEGORIES = List.of("PEOPLE", "METHOD", "MACHINE", "MATERIAL",
			"MEASUREMENT", "ENVIRONMENT");

	public RootCause {
		whys = whys == null ? List.of() : List.copyOf(whys);
		fishbone = fishbone == null ? Map.of() : Map.copyOf(fishbone);
	}

}
