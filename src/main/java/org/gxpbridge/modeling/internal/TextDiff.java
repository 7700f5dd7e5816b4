package org.gxpbridge.modeling.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified line diff (as {@code diff -u} prints it, three lines of context) by longest
 * common subsequence; the common head and tail are cut first, so a model of a few
 * thousand lines with a local change costs little.
 */
public final class TextDiff {

	private static final int CONTEXT = 3;

	/** Above this many differing lines on both sides, the middle is shown as replaced. */
	private static final int MAX_MIDDLE = 4000;

	private TextDiff() {
	}

	public static String unified(String oldName, String oldText, String newName, String newText) {
		List<String> a = oldText.isEmpty() ? List.of() : oldText.lines().toList();
		List<String> b = newText.isEmpty() ? List.of() : newText.lines().toList();
		List<int[]> ops = ops(a, b);
		StringBuilder out = new StringBuilder();
		out.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
		int i = 0;
		int n = ops.size();
		boolean changed = false;
		while (i < n) {
			if (ops.get(i)[0] == ' ') {
				i++;
				continue;
			}
			int start = Math.max(0, i - CONTEXT);
			int end = i;
			// extend the hunk while changes follow within 2 * CONTEXT lines
			int lastChange = i;
			while (end < n && (ops.get(end)[0] != ' ' || end - lastChange <= 2 * CONTEXT)) {
				if (ops.get(end)[0] != ' ') {
					lastChange = end;
				}
				end++;
			}
			end = Math.min(n, lastChange + CONTEXT + 1);
			hunk(out, ops, start, end, a, b);
			changed = true;
			i = end;
		}
		return changed ? out.toString() : out + "(no differences)\n";
	}

	/** Each op: {kind, index in a or b}: ' ' both, '-' only in a, '+' only in b. */
	private static List<int[]> ops(List<String> a, List<String> b) {
		int head = 0;
		while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
			head++;
		}
		int tail = 0;
		while (tail < a.size() - head && tail < b.size() - head
				&& a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
			tail++;
		}
		List<int[]> ops = new ArrayList<>();
		for (int k = 0; k < head; k++) {
			ops.add(op(' ', k, k));
		}
		int n = a.size() - head - tail;
		int m = b.size() - head - tail;
		if ((long) n * m > (long) MAX_MIDDLE * MAX_MIDDLE / 4) {
			for (int k = 0; k < n; k++) {
				ops.add(op('-', head + k, -1));
			}
			for (int k = 0; k < m; k++) {
				ops.add(op('+', -1, head + k));
			}
		}
		else {
			int[][] lcs = new int[n + 1][m + 1];
			for (int x = n - 1; x >= 0; x--) {
				for (int y = m - 1; y >= 0; y--) {
					lcs[x][y] = a.get(head + x).equals(b.get(head + y)) ? lcs[x + 1][y + 1] + 1
							: Math.max(lcs[x + 1][y], lcs[x][y + 1]);
				}
			}
			int x = 0;
			int y = 0;
			while (x < n || y < m) {
				if (x < n && y < m && a.get(head + x).equals(b.get(head + y))) {
					ops.add(op(' ', head + x++, head + y++));
				}
				else if (y < m && (x == n || lcs[x][y + 1] >= lcs[x + 1][y])) {
					ops.add(op('+', -1, head + y++));
				}
				else {
					ops.add(op('-', head + x++, -1));
				}
			}
		}
		for (int k = 0; k < tail; k++) {
			ops.add(op(' ', a.size() - tail + k, b.size() - tail + k));
		}
		return ops;
	}

	private static int[] op(char kind, int ai, int bi) {
		return new int[] { kind, ai + 1, bi + 1 };
	}

	private static void hunk(StringBuilder out, List<int[]> ops, int start, int end, List<String> a, List<String> b) {
		int aStart = -1;
		int bStart = -1;
		int aCount = 0;
		int bCount = 0;
		StringBuilder body = new StringBuilder();
		for (int k = start; k < end; k++) {
			int[] o = ops.get(k);
			int ai = o[1] - 1;
			int bi = o[2] - 1;
			if (o[0] != '+') {
				aStart = aStart < 0 ? ai : aStart;
				aCount++;
				body.append(o[0] == ' ' ? " " : "-").append(a.get(ai)).append('\n');
			}
			else {
				body.append('+').append(b.get(bi)).append('\n');
			}
			if (o[0] != '-') {
				bStart = bStart < 0 ? bi : bStart;
				bCount++;
			}
		}
		out.append("@@ -")
			.append(aStart + 1)
			.append(',')
			.append(aCount)
			.append(" +")
			.append(bStart + 1)
			.append(',')
			.append(bCount)
			.append(" @@\n")
			.append(body);
	}

}
