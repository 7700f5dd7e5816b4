package org.gxpbridge.regulation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gxpbridge.support.Http;

/** Multipart uploads to the import endpoint, as a browser or curl sends them. */
final class ImportUpload {

	static final String BOUNDARY = "gxp-test-boundary-7MA4YWxkTrZu0gW";

	private ImportUpload() {
	}

	static Http.Response post(Http client, String format, String frameworkId, String fileName, String content) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("format", format);
		if (frameworkId != null) {
			fields.put("frameworkId", frameworkId);
		}
		return client.postRaw("/api/regulations/imports", "multipart/form-data; boundary=" + BOUNDARY,
				body(fields, fileName, content));
	}

	static String body(Map<String, String> fields, String fileName, String content) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n"));
		body.append("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n");
		return body.toString();
	}

	static String fixture(String name) {
		try (InputStream in = ImportUpload.class.getResourceAsStream("/regulation/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
