package org.gxpbridge.signature.internal;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The bytes that are signed: JSON with keys sorted at every level, UTF-8, no
 * insignificant whitespace. The same map always gives the same bytes, so a record can be
 * rebuilt from current values and compared.
 */
public final class CanonicalJson {

	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.disable(SerializationFeature.INDENT_OUTPUT)
		.disable(JsonGenerator.Feature.ESCAPE_NON_ASCII)
		.build();

	private CanonicalJson() {
	}

	public static byte[] bytes(Map<String, ?> record) {
		try {
			return JSON.writeValueAsBytes(new TreeMap<>(record));
		}
		catch (IOException e) {
			throw new IllegalArgumentException("record cannot be written as JSON", e);
		}
	}

	public static Map<String, Object> read(byte[] content) {
		try {
			return JSON.readValue(content, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (IOException e) {
			throw new IllegalArgumentException("signed content is not JSON", e);
		}
	}

	/**
	 * A value as it appears in canonical JSON, for comparing a signed value with today's.
	 */
	public static String valueText(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (IOException e) {
			return String.valueOf(value);
		}
	}

}
