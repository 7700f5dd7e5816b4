package org.gxpbridge.shared;

import java.util.Map;
import java.util.Objects;

/**
 * A module record at one version, as a signature covers it.
 *
 * @param type record type, e.g. {@code applicability-register}, {@code risk-register}
 * @param id the record's id in its module
 * @param version the version the process instance works on
 * @param content the record's canonical content: strings, numbers, booleans, lists and
 * maps only, in a stable order for lists (maps are sorted when signed)
 */
public record SignableRecord(String type, String id, int version, Map<String, Object> content) {

	public SignableRecord {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(id, "id");
		content = content == null ? Map.of() : content;
	}

}
