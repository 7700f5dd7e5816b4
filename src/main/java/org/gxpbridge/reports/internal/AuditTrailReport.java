package org.gxpbridge.reports.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.reports.ReportColumn;
import org.gxpbridge.reports.ReportProvider;
import org.gxpbridge.reports.ReportRequest;
import org.gxpbridge.security.Role;
import org.springframework.stereotype.Component;

/**
 * The audit trail as a report (issue 15 item 4): by UTC time range ({@code from}
 * inclusive, {@code to} exclusive, ISO-8601 or a date), user, record type and action,
 * oldest first. The ledger answers at most 10,000 entries per query, so this pages
 * through it from the last entry's time on, skipping what it already gave; entries
 * appended after the report began (its own recording among them) are left out, so the
 * copy is of the ledger as it stood.
 */
@Component
class AuditTrailReport implements ReportProvider {

	static final String ID = "audit-trail";

	static final int PAGE = 10_000;

	private static final List<ReportColumn> COLUMNS = List.of(ReportColumn.of("seq", "Seq"),
			ReportColumn.of("recordedAt", "Recorded at (UTC)"), ReportColumn.of("user", "User"),
			ReportColumn.of("userName", "Printed name"), ReportColumn.of("role", "Roles"),
			ReportColumn.of("action", "Action"), ReportColumn.of("type", "Record type"),
			ReportColumn.of("object", "Object"), ReportColumn.of("processInstanceId", "Process instance"),
			ReportColumn.of("businessKey", "Business key"), ReportColumn.of("field", "Field"),
			ReportColumn.of("oldValue", "Old value"), ReportColumn.of("newValue", "New value"),
			ReportColumn.of("reason", "Reason"), ReportColumn.of("contentHash", "Content SHA-256"));

	private final AuditLedger ledger;

	AuditTrailReport(AuditLedger ledger) {
		this.ledger = ledger;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String title() {
		return "Audit trail";
	}

	@Override
	public String description() {
		return "Every ledger entry by time, user, record type and action (filters from, to, user, type, action).";
	}

	@Override
	public Set<Role> readers() {
		return Set.of(Role.QUALITY_MANAGER, Role.AUDITOR, Role.INSPECTOR, Role.IT_SECURITY, Role.ADMIN);
	}

	@Override
	public List<ReportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public Stream<List<String>> rows(ReportRequest request) {
		Instant from = ReportTimes.parse("from", request.filter("from"));
		Instant to = ReportTimes.parse("to", request.filter("to"));
		String type = request.filter("type");
		String action = request.filter("action");
		Pager pager = new Pager(request.filter("user"), from, to, ledger.latestSeq());
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pager, 0), false)
			.filter(e -> type == null || type.equalsIgnoreCase(e.objectType()))
			.filter(e -> action == null || action.equalsIgnoreCase(e.action()))
			.map(AuditTrailReport::row);
	}

	static List<String> row(AuditEntry e) {
		return List.of(String.valueOf(e.seq()), String.valueOf(e.recordedAt()), nz(e.actorId()), nz(e.actorName()),
				nz(e.actorRole()), nz(e.action()), nz(e.objectType()), nz(e.objectId()), nz(e.processInstanceId()),
				nz(e.businessKey()), nz(e.field()), nz(e.oldValue()), nz(e.newValue()), nz(e.reason()),
				nz(e.contentHash()));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	/** Pages through the ledger 10,000 entries at a time, holding one page at most. */
	private final class Pager implements Iterator<AuditEntry> {

		private final String user;

		private final Instant to;

		private final long upToSeq;

		private Instant from;

		private long lastSeq;

		private List<AuditEntry> page = List.of();

		private int next;

		private boolean exhausted;

		Pager(String user, Instant from, Instant to, long upToSeq) {
			this.user = user == null ? null : user.toLowerCase(Locale.ROOT);
			this.from = from;
			this.to = to;
			this.upToSeq = upToSeq;
		}

		@Override
		public boolean hasNext() {
			while (next >= page.size() && !exhausted) {
				fetch();
			}
			return next < page.size();
		}

		@Override
		public AuditEntry next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return page.get(next++);
		}

		private void fetch() {
			List<AuditEntry> raw = ledger.entries(new AuditQuery(null, null, user, from, to, PAGE));
			List<AuditEntry> fresh = new ArrayList<>();
			for (AuditEntry e : raw) {
				if (e.seq() > lastSeq && e.seq() <= upToSeq) {
					fresh.add(e);
				}
			}
			// a short page is the last; a full page that gave nothing new would repeat
			// itself
			exhausted = raw.size() < PAGE || fresh.isEmpty() || raw.stream().anyMatch(e -> e.seq() > upToSeq);
			if (!fresh.isEmpty()) {
				AuditEntry last = fresh.get(fresh.size() - 1);
				lastSeq = last.seq();
				from = last.recordedAt();
			}
			page = fresh;
			next = 0;
		}

	}

}
