package org.gxpbridge.modeling.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One input entry of a decision table in the forms our tables use: {@code -} or empty
 * (anything), literals (strings, numbers, booleans), lists of them, comparisons
 * ({@code < 5}), ranges ({@code [1..3]}, {@code ]1..3[}) and {@code not(...)} of string
 * literals. Anything else is {@link #UNKNOWN}: whether it overlaps is not decided here
 * rather than guessed.
 */
record UnaryTest(Type type, Set<String> values, List<Interval> intervals) {

	enum Type {

		ANY, VALUES, NOT_VALUES, INTERVALS, UNKNOWN

	}

	record Interval(BigDecimal low, boolean lowIncluded, BigDecimal high, boolean highIncluded) {

		boolean overlaps(Interval o) {
			return below(low, lowIncluded, o.high, o.highIncluded) && below(o.low, o.lowIncluded, high, highIncluded);
		}

		/** Whether a lower bound lies below (or at, both included) an upper bound. */
		private static boolean below(BigDecimal lo, boolean loIn, BigDecimal hi, boolean hiIn) {
			if (lo == null || hi == null) {
				return true;
			}
			int c = lo.compareTo(hi);
			return c < 0 || (c == 0 && loIn && hiIn);
		}

	}

	static final UnaryTest ANY_VALUE = new UnaryTest(Type.ANY, Set.of(), List.of());

	static final UnaryTest UNKNOWN = new UnaryTest(Type.UNKNOWN, Set.of(), List.of());

	private static final Pattern RANGE = Pattern
		.compile("^([\\[\\]\\(])\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*\\.\\.\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*([\\[\\]\\)])$");

	private static final Pattern COMPARISON = Pattern.compile("^(<=|>=|<|>)\\s*(-?[0-9]+(?:\\.[0-9]+)?)$");

	private static final Pattern STRING = Pattern.compile("^\"([^\"]*)\"$");

	private static final Pattern NOT = Pattern.compile("^not\\s*\\((.*)\\)$");

	static UnaryTest parse(String text) {
		String t = text == null ? "" : text.strip();
		if (t.isEmpty() || "-".equals(t)) {
			return ANY_VALUE;
		}
		Matcher not = NOT.matcher(t);
		if (not.matches()) {
			UnaryTest inner = parse(not.group(1));
			return inner.type == Type.VALUES ? new UnaryTest(Type.NOT_VALUES, inner.values, List.of()) : UNKNOWN;
		}
		Set<String> values = new HashSet<>();
		List<Interval> intervals = new ArrayList<>();
		for (String part : t.split(",")) {
			if (!add(part.strip(), values, intervals)) {
				return UNKNOWN;
			}
		}
		if (!values.isEmpty() && !intervals.isEmpty()) {
			return UNKNOWN;
		}
		return values.isEmpty() ? new UnaryTest(Type.INTERVALS, Set.of(), intervals)
				: new UnaryTest(Type.VALUES, values, List.of());
	}

	private static boolean add(String p, Set<String> values, List<Interval> intervals) {
		Matcher m;
		if ((m = STRING.matcher(p)).matches()) {
			values.add("s:" + m.group(1));
		}
		else if ("true".equals(p) || "false".equals(p)) {
			values.add("b:" + p);
		}
		else if ((m = RANGE.matcher(p)).matches()) {
			intervals.add(new Interval(number(m.group(2)), "[".equals(m.group(1)), number(m.group(3)),
					"]".equals(m.group(4))));
		}
		else if ((m = COMPARISON.matcher(p)).matches()) {
			BigDecimal n = number(m.group(2));
			switch (m.group(1)) {
				case "<" -> intervals.add(new Interval(null, false, n, false));
				case "<=" -> intervals.add(new Interval(null, false, n, true));
				case ">" -> intervals.add(new Interval(n, false, null, false));
				default -> intervals.add(new Interval(n, true, null, false));
			}
		}
		else if (p.matches("^-?[0-9]+(\\.[0-9]+)?$")) {
			intervals.add(new Interval(number(p), true, number(p), true));
		}
		else {
			return false;
		}
		return true;
	}

	private static BigDecimal number(String s) {
		return new BigDecimal(s);
	}

	/**
	 * Whether some input value passes both tests; null when it cannot be decided.
	 */
	Boolean overlaps(UnaryTest o) {
		if (type == Type.UNKNOWN || o.type == Type.UNKNOWN) {
			return null;
		}
		if (type == Type.ANY || o.type == Type.ANY) {
			return true;
		}
		if (type == Type.INTERVALS && o.type == Type.INTERVALS) {
			return intervals.stream().anyMatch(a -> o.intervals.stream().anyMatch(a::overlaps));
		}
		if (type == Type.INTERVALS || o.type == Type.INTERVALS) {
			return null;
		}
		if (type == Type.NOT_VALUES && o.type == Type.NOT_VALUES) {
			return true;
		}
		if (type == Type.NOT_VALUES) {
			return !values.containsAll(o.values);
		}
		if (o.type == Type.NOT_VALUES) {
			return !o.values.containsAll(values);
		}
		return values.stream().anyMatch(o.values::contains);
	}

}
