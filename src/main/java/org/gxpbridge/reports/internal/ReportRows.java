package org.gxpbridge.reports.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gxpbridge.reports.ReportColumn;
import org.gxpbridge.reports.ReportProvider;
import org.gxpbridge.reports.ReportRequest;
import org.gxpbridge.shared.InvalidInputException;

/**
 * The generic filtering and sorting every report gets: a text filter per column
 * (contains, ignoring case) applied while streaming; sorting by one column, which needs
 * the rows in memory and is therefore limited to {@link #MAX_SORTED} rows.
 */
public final class ReportRows {

	public static final int MAX_SORTED = 10_000;

	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");

	private ReportRows() {
	}

	public static Stream<List<String>> select(ReportProvider provider, ReportRequest request) {
		List<ReportColumn> columns = provider.columns();
		Stream<List<String>> rows = provider.rows(request);
		for (int i = 0; i < columns.size(); i++) {
			String text = request.filter(columns.get(i).key());
			if (text != null) {
				int index = i;
				String needle = text.toLowerCase(Locale.ROOT);
				rows = rows.filter(r -> r.get(index) != null && r.get(index).toLowerCase(Locale.ROOT).contains(needle));
			}
		}
		if (request.sort() == null || request.sort().isBlank()) {
			return rows;
		}
		boolean descending = request.sort().startsWith("-");
		String key = descending ? request.sort().substring(1) : request.sort();
		int index = indexOf(columns, key);
		List<List<String>> all = new ArrayList<>();
		try (Stream<List<String>> source = rows) {
			var it = source.iterator();
			while (it.hasNext()) {
				if (all.size() == MAX_SORTED) {
					throw new InvalidInputException("too_many_to_sort", "More than " + MAX_SORTED
							+ " rows match: narrow the filters, or leave out 'sort' to stream them in their own order");
				}
				all.add(it.next());
			}
		}
		Comparator<List<String>> order = Comparator.comparing(r -> r.get(index),
				Comparator.nullsFirst(ReportRows::compareValues));
		all.sort(descending ? order.reversed() : order);
		return all.stream();
	}

	/** Numbers (a sequence, a count) by value, everything else as text. */
	static int compareValues(String a, String b) {
		if (NUMBER.matcher(a).matches() && NUMBER.matcher(b).matches()) {
			return new BigDecimal(a).compareTo(new BigDecimal(b));
		}
		return a.compareTo(b);
	}

	private static int indexOf(List<ReportColumn> columns, String key) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).key().equals(key)) {
				return i;
			}
		}
		throw new InvalidInputException("unknown_sort", "Cannot sort by '" + key + "'; the columns are: "
				+ String.join(", ", columns.stream().map(ReportColumn::key).toList()));
	}

}
