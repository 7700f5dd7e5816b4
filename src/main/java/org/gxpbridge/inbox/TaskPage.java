package org.gxpbridge.inbox;

import java.util.List;

/** Everything the task page shows. */
public record TaskPage(InboxTask task, String documentation, List<FormField> form, List<HistoryLine> history, boolean claimable,
                       boolean completable) {
}
