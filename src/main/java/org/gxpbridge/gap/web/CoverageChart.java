package org.gxpbridge.gap.web;

import java.util.ArrayList;
import java.util.List;

import org.gxpbridge.gap.Coverage;

/**
 * Coverage per framework as an inline SVG bar chart: one stacked bar per framework (met,
 * partial, gap, not applicable, not assessed), drawn by the template from these numbers;
 * no script, so it prints and exports as it shows.
 */
record CoverageChart(int width, int height, int percentX, List<Bar> bars) {

	static final int LABEL_WIDTH = 160;

	static final int BAR_WIDTH = 520;

	static final int ROW_HEIGHT = 34;

	record Segment(String status, int count, int x, int width, String colour) {
	}

	record Bar(String frameworkId, int y, int percentMet, List<Segment> segments) {
	}

	static CoverageChart of(List<Coverage> coverage) {
		List<Bar> bars = new ArrayList<>();
		int y = 10;
		for (Coverage c : coverage) {
			List<Segment> segments = new ArrayList<>();
			int x = LABEL_WIDTH;
			int[] counts = { c.met(), c.partial(), c.gap(), c.notApplicable(), c.notAssessed() };
			String[] names = { "MET", "PARTIAL", "GAP", "NOT_APPLICABLE", "NOT_ASSESSED" };
			String[] colours = { "#216e39", "#d08c00", "#a61b1b", "#8a94a3", "#d8dee6" };
			for (int i = 0; i < counts.length; i++) {
				int w = c.total() == 0 ? 0 : Math.round((float) BAR_WIDTH * counts[i] / c.total());
				if (counts[i] > 0) {
					segments.add(new Segment(names[i], counts[i], x, w, colours[i]));
				}
				x += w;
			}
			bars.add(new Bar(c.frameworkId(), y, c.percentMet(), segments));
			y += ROW_HEIGHT;
		}
		return new CoverageChart(LABEL_WIDTH + BAR_WIDTH + 70, y + 10, LABEL_WIDTH + BAR_WIDTH + 6, bars);
	}

}
