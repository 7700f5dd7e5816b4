package org.gxpbridge.gap;

/**
 * How much of one framework is met, counted over its requirements in the catalogue;
 * {@code controlled}: requirements an effective control implementation covers (lifecycle
 * step 4 feeding step 2).
 */
public record Coverage(String frameworkId, int total, int met, int partial, int gap, int notApplicable, int notAssessed,
		int controlled) {

	/**
	 * Met as a share of the applicable requirements (not-applicable ones left out),
	 * 0–100.
	 */
	public int percentMet() {
		return percent(met);
	}

	public int percentPartial() {
		return percent(partial);
	}

	public int percentGap() {
		return percent(gap);
	}

	private int percent(int count) {
		int applicable = total - notApplicable;
		return applicable <= 0 ? 0 : Math.round(100f * count / applicable);
	}

}
