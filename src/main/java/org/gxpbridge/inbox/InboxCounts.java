package org.gxpbridge.inbox;

/**
 * Counts shown above the inbox: assigned to me, open to my groups, overdue among those.
 */
public record InboxCounts(long mine, long groups, long overdue) {
}
