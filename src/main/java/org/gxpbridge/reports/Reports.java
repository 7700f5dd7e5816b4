package org.gxpbridge.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.gxpbridge.reports.internal.ReportRows;
import org.gxpbridge.reports.internal.ReportWriter;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.HashingOutputStream;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.NotPermittedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Every report of the server, from whichever module provides it: who may read which, a
 * page view of one, and its export as CSV or JSON, each recorded in the audit trail with
 * the SHA-256 of what was handed out (issue 15 items 4 and 6).
 */
@Service
public class Reports {

	private final List<ReportProvider> providers;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	Reports(List<ReportProvider> providers, Accounts accounts, ApplicationEventPublisher events) {
		this.providers = providers.stream().sorted(Comparator.comparing(ReportProvider::title)).toList();
		this.accounts = accounts;
		this.events = events;
	}

	/** The reports this user may read, by title. */
	public List<ReportProvider> readableBy(String userId) {
		Set<Role> roles = accounts.get(userId).roles();
		return providers.stream().filter(p -> p.readers().stream().anyMatch(roles::contains)).toList();
	}

	/**
	 * @throws NotFoundException {@code unknown_report}
	 * @throws NotPermittedException {@code not_a_reader}
	 */
	public ReportProvider get(String reportId, String userId) {
		ReportProvider provider = providers.stream()
			.filter(p -> p.id().equals(reportId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("unknown_report", "There is no report '" + reportId + "'"));
		Set<Role> roles = accounts.get(userId).roles();
		if (provider.readers().stream().noneMatch(roles::contains)) {
			throw new NotPermittedException("not_a_reader", "Your roles do not allow reading " + provider.title());
		}
		return provider;
	}

	/**
	 * The report as a page shows it, at most {@code limit} rows; recorded as a view.
	 */
	public ReportTable view(String reportId, ReportRequest request, int limit) {
		ReportProvider provider = get(reportId, request.userId());
		List<List<String>> shown = new ArrayList<>();
		boolean truncated;
		try (Stream<List<String>> rows = ReportRows.select(provider, request)) {
			var it = rows.iterator();
			while (it.hasNext() && shown.size() < limit) {
				shown.add(it.next());
			}
			truncated = it.hasNext();
		}
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		HashingOutputStream hashing = new HashingOutputStream(csv);
		try {
			ReportWriter.write(ExportFormat.CSV, provider, shown.stream(), hashing);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String sha = hashing.sha256();
		events.publishEvent(
				new ReportHandedOut(request.userId(), provider.id(), request.filters(), "html", shown.size(), sha));
		return new ReportTable(provider.id(), provider.title(), provider.description(), provider.columns(), shown,
				truncated, sha);
	}

	/**
	 * Checks the request (reader, filters, sort) and opens the rows, before anything is
	 * written: a bad request is refused while the response can still say so. The export
	 * is then streamed with {@link PreparedExport#writeTo}.
	 */
	public PreparedExport prepare(String reportId, ReportRequest request, ExportFormat format) {
		ReportProvider provider = get(reportId, request.userId());
		return new PreparedExport(provider, request, format, ReportRows.select(provider, request), events);
	}

	/** {@link #prepare} and {@link PreparedExport#writeTo} in one. */
	public ExportSummary export(String reportId, ReportRequest request, ExportFormat format, OutputStream out)
			throws IOException {
		return prepare(reportId, request, format).writeTo(out);
	}

	/**
	 * Records that another module handed out a copy of a record (a dossier, an inspection
	 * response's export) with the SHA-256 of its bytes.
	 */
	public void recordHandOut(ReportHandedOut handedOut) {
		events.publishEvent(handedOut);
	}

}
