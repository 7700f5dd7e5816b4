package org.gxpbridge.inbox;

import java.util.Locale;

/**
 * Counts shown above the inbox: assigned to me, open to my groups, overdue among those.
 * <p>
 * The group and overdue counts stop at a cap ({@code gxp.inbox.count-cap}, default
 * 1,000): counting a backlog of tens of thousands exactly on every inbox request costs
 * more than the number is worth (docs/performance.md, "Inbox latency"). When there are
 * more, the count is the cap and its {@code ...Capped} flag is true ("1,000+" on the
 * page); below the cap the count is exact and the flag false. Clients that read only
 * {@code mine}, {@code groups} and {@code overdue} keep working.
 *
 * @param mine open tasks assigned to the person (exact)
 * @param groups unassigned open tasks offered to the person's groups, at most the cap
 * @param overdue tasks the person sees (own and offered) whose due date has passed, at
 * most the cap
 * @param groupsCapped whether there are more than {@code groups} such tasks
 * @param overdueCapped whether there are more than {@code overdue} such tasks
 */
public record InboxCounts(long mine, long groups, long overdue, boolean groupsCapped, boolean overdueCapped) {

	/** Exact counts (none capped). */
	public InboxCounts(long mine, long groups, long overdue) {
		this(mine, groups, overdue, false, false);
	}

	/** The group count as the page shows it: "28" or, capped, "1,000+". */
	public String groupsText() {
		return text(groups, groupsCapped);
	}

	/** The overdue count as the page shows it. */
	public String overdueText() {
		return text(overdue, overdueCapped);
	}

	private static String text(long count, boolean capped) {
		return String.format(Locale.ENGLISH, "%,d", count) + (capped ? "+" : "");
	}

}
