package org.gxpbridge.documents.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.gxpbridge.documents.DocumentRejected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code gxp.documents.parse.queue} (uploads waiting for a parser thread; at
 * {@code gxp.documents.parse-queue} further uploads are refused as busy),
 * {@code gxp.documents.parse.active} (being parsed) and {@code gxp.documents.rejected}
 * (uploads refused on this node since it started, by {@code reason}: the API error code,
 * e.g. type_not_allowed, suspected_zip_bomb, parse_timeout, parser_busy). A rising reject
 * rate of one reason is either an attack or a setting that is too strict.
 */
@Component
class DocumentMeters implements MeterBinder {

	private final TextExtraction extraction;

	private volatile MeterRegistry registry;

	DocumentMeters(TextExtraction extraction) {
		this.extraction = extraction;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.registry = registry;
		Gauge.builder("gxp.documents.parse.queue", extraction, TextExtraction::queued)
			.description("Uploads waiting for a parser thread")
			.register(registry);
		Gauge.builder("gxp.documents.parse.active", extraction, TextExtraction::parsing)
			.description("Uploads being parsed now")
			.register(registry);
	}

	@EventListener
	void on(DocumentRejected rejected) {
		MeterRegistry meters = registry;
		if (meters != null) {
			// reasons are the API's fixed error codes, so the number of series stays
			// small
			Counter.builder("gxp.documents.rejected")
				.description("Uploads refused (nothing stored)")
				.tag("reason", rejected.reason() == null ? "unknown" : rejected.reason())
				.register(meters)
				.increment();
		}
	}

}
