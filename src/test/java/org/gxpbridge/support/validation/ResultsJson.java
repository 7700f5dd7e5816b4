package org.gxpbridge.support.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The results files: one {@link TestResult} as one JSON line. */
final class ResultsJson {

	private static final ObjectMapper JSON = JsonMapper.builder()
		.findAndAddModules()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private ResultsJson() {
	}

	static String line(TestResult result) {
		try {
			return JSON.writeValueAsString(result);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every result in the {@code *.jsonl} files of a directory.
	 * @param directory e.g. target/validation/results; absent means no test recorded
	 * anything
	 * @return the results in file order
	 * @throws IllegalStateException naming file and line of a line that is not a result
	 */
	static List<TestResult> read(Path directory) {
		List<TestResult> results = new ArrayList<>();
		if (!Files.isDirectory(directory)) {
			return results;
		}
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".jsonl")).sorted().toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					if (!lines.get(i).isBlank()) {
						results.add(parse(file, i + 1, lines.get(i)));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return results;
	}

	private static TestResult parse(Path file, int lineNumber, String line) {
		try {
			TestResult result = JSON.readValue(line, TestResult.class);
			if (result.className() == null || result.status() == null) {
				throw new IllegalStateException(
						file.getFileName() + " line " + lineNumber + ": className and status are required");
			}
			return result;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(
					file.getFileName() + " line " + lineNumber + " is not a test result: " + ex.getOriginalMessage(),
					ex);
		}
	}

}
