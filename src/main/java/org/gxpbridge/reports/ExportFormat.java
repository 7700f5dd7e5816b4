package org.gxpbridge.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.gxpbridge.shared.InvalidInputException;

/** The electronic forms a report is handed out in (11.10(b)). */
public enum ExportFormat {

	CSV("text/csv;charset=UTF-8", "csv"), JSON("application/json", "json");

	private final String mediaType;

	private final String extension;

	ExportFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	/**
	 * The format a request names (case-insensitive).
	 * @throws InvalidInputException {@code unknown_format}, listing the formats there are
	 */
	public static ExportFormat parse(String value) {
		return Arrays.stream(values())
			.filter(f -> f.extension.equals(value == null ? "" : value.trim().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("unknown_format",
					"Unknown format '" + value + "'; the formats are: "
							+ Arrays.stream(values()).map(f -> f.extension).collect(Collectors.joining(", "))));
	}

}
