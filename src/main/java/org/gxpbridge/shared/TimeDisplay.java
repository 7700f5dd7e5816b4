package org.gxpbridge.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How every page and printout shows an instant: local time with its zone id and UTC
 * offset, e.g. {@code 2026-03-04 14:05:09 CET (UTC+01:00)} (reference §0). Stored values
 * stay UTC instants. Templates use it as {@code ${@timeDisplay.show(instant)}}.
 */
@Component("timeDisplay")
public class TimeDisplay {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z '(UTC'xxx')'");

	private final ZoneId zone;

	TimeDisplay(@Value("${gxp.display-zone:UTC}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	public String show(Instant instant) {
		return instant == null ? "" : FORMAT.format(instant.atZone(zone));
	}

}
