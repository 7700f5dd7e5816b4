package org.gxpbridge.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.gxpbridge.shared.InvalidInputException;

/** Times in report filters: an ISO-8601 UTC instant or a date (its start, UTC). */
public final class ReportTimes {

	private ReportTimes() {
	}

	/**
	 * @throws InvalidInputException {@code invalid_parameter} naming the parameter
	 */
	public static Instant parse(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			String v = value.trim();
			return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(v);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("invalid_parameter", "'" + name
					+ "' must be an ISO-8601 UTC time such as 2026-11-21T10:00:00Z or a date such as 2026-11-21");
		}
	}

}
