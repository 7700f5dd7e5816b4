package org.gxpbridge.support.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Records every finished test with the requirement ids it {@link Verifies} into
 * {@code target/validation/results/<phase>-<pid>.jsonl}, one JSON line per test, so the
 * validation kit ({@link ValidationKit}) can show what ran, what passed and what it
 * demonstrates. Registered through META-INF/services for every JUnit Platform run
 * (surefire's two forked JVMs, failsafe's JVMs, the IDE). One file per JVM, appended and
 * closed per line: JVMs never share a file, and a JVM that dies keeps what it wrote.
 * {@code gxp.validation.results} moves the directory, {@code gxp.validation.phase} (set
 * in pom.xml: unit, integration) names the run.
 */
public class ValidationResultsListener implements TestExecutionListener {

	/** System property naming the results directory. */
	public static final String RESULTS_DIR = "gxp.validation.results";

	private static final int MESSAGE_LIMIT = 500;

	private final Map<String, Long> started = new ConcurrentHashMap<>();

	private final Path file;

	private final String jvm;

	private final Clock clock;

	public ValidationResultsListener() {
		this(Path.of(System.getProperty(RESULTS_DIR, "target/validation/results")),
				System.getProperty("gxp.validation.phase", "test"), Clock.systemUTC());
	}

	ValidationResultsListener(Path directory, String phase, Clock clock) {
		String runtime = ManagementFactory.getRuntimeMXBean().getName();
		this.jvm = phase + " " + runtime;
		this.file = directory.resolve(phase + "-" + ProcessHandle.current().pid() + ".jsonl");
		this.clock = clock;
	}

	Path file() {
		return this.file;
	}

	@Override
	public void executionStarted(TestIdentifier test) {
		if (test.isTest()) {
			this.started.put(test.getUniqueId(), System.nanoTime());
		}
	}

	@Override
	public void executionFinished(TestIdentifier test, TestExecutionResult result) {
		if (!test.isTest()) {
			return;
		}
		Long start = this.started.remove(test.getUniqueId());
		long millis = (start != null) ? (System.nanoTime() - start) / 1_000_000 : 0;
		String message = result.getThrowable().map(String::valueOf).orElse(null);
		write(test, result.getStatus().name(), millis, message);
	}

	@Override
	public void executionSkipped(TestIdentifier test, String reason) {
		// a disabled class is skipped as a container: its methods never start, so record
		// the class
		if (test.isTest() || test.getSource().filter(ClassSource.class::isInstance).isPresent()) {
			write(test, TestResult.SKIPPED, 0, reason);
		}
	}

	private void write(TestIdentifier test, String status, long millis, String message) {
		Optional<Source> source = source(test);
		if (source.isEmpty()) {
			return;
		}
		Source where = source.get();
		TestResult result = new TestResult(where.className(), where.method(), test.getDisplayName(),
				where.requirements(), status, millis, this.jvm, this.clock.instant(), shorten(message));
		append(ResultsJson.line(result));
	}

	private synchronized void append(String line) {
		try {
			Files.createDirectories(this.file.getParent());
			Files.writeString(this.file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot record a test result in " + this.file, ex);
		}
	}

	private static Optional<Source> source(TestIdentifier test) {
		return test.getSource().flatMap((source) -> {
			if (source instanceof MethodSource method) {
				Class<?> type = load(method.getClassName());
				Method javaMethod = (type != null) ? javaMethod(method) : null;
				return Optional.of(new Source(method.getClassName(), method.getMethodName(),
						DeclaredRequirements.of(type, javaMethod)));
			}
			if (source instanceof ClassSource type) {
				return Optional.of(new Source(type.getClassName(), null,
						DeclaredRequirements.of(load(type.getClassName()), null)));
			}
			return Optional.empty();
		});
	}

	private static Method javaMethod(MethodSource source) {
		try {
			return source.getJavaMethod();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static Class<?> load(String className) {
		try {
			return Class.forName(className, false, Thread.currentThread().getContextClassLoader());
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return null;
		}
	}

	private static String shorten(String message) {
		if (message == null) {
			return null;
		}
		String oneLine = message.replaceAll("\\s+", " ").trim();
		return (oneLine.length() > MESSAGE_LIMIT) ? oneLine.substring(0, MESSAGE_LIMIT) + " ..." : oneLine;
	}

	private record Source(String className, String method, List<String> requirements) {
	}

}
