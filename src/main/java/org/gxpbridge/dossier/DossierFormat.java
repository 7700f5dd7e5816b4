package org.gxpbridge.dossier;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.gxpbridge.shared.InvalidInputException;

/** The forms a dossier is handed out in (public contract: do not rename). */
public enum DossierFormat {

	HTML("text/html;charset=UTF-8", "html"), PDF("application/pdf", "pdf"), CSV("text/csv;charset=UTF-8", "csv"),
	JSON("application/json", "json");

	private final String mediaType;

	private final String extension;

	DossierFormat(String mediaType, String extension) {
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
	 * The format named (case-insensitive); anything else is refused, naming the formats.
	 */
	public static DossierFormat parse(String name) {
		return Arrays.stream(values())
			.filter(f -> f.extension.equals(name == null ? "" : name.trim().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("unknown_dossier_format",
					"Unknown format '" + name + "'; the formats are "
							+ Arrays.stream(values()).map(f -> f.extension).collect(Collectors.joining(", "))));
	}

}
