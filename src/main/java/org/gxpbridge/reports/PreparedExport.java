package org.gxpbridge.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Stream;

import org.gxpbridge.reports.internal.ReportWriter;
import org.gxpbridge.shared.HashingOutputStream;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A checked export whose rows are open and not yet written: the web layer sets its
 * headers, then {@link #writeTo} streams the rows, hashing the bytes as they go, and
 * records the export with that hash once the last byte is written. Nothing is recorded
 * when writing fails half-way (the reader got no complete copy).
 */
public final class PreparedExport {

	private final ReportProvider provider;

	private final ReportRequest request;

	private final ExportFormat format;

	private final Stream<List<String>> rows;

	private final ApplicationEventPublisher events;

	PreparedExport(ReportProvider provider, ReportRequest request, ExportFormat format, Stream<List<String>> rows,
			ApplicationEventPublisher events) {
		this.provider = provider;
		this.request = request;
		this.format = format;
		this.rows = rows;
		this.events = events;
	}

	public ReportProvider provider() {
		return provider;
	}

	public ExportFormat format() {
		return format;
	}

	/** The file name a download gets: {@code <report id>.<extension>}. */
	public String fileName() {
		return provider.id() + "." + format.extension();
	}

	public ExportSummary writeTo(OutputStream out) throws IOException {
		HashingOutputStream hashing = new HashingOutputStream(out);
		long count;
		try (rows) {
			count = ReportWriter.write(format, provider, rows, hashing);
		}
		hashing.flush();
		ExportSummary summary = new ExportSummary(provider.id(), format, count, hashing.count(), hashing.sha256());
		events.publishEvent(new ReportHandedOut(request.userId(), provider.id(), request.filters(), format.extension(),
				count, summary.sha256()));
		return summary;
	}

}
