package org.gxpbridge.support.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;

/**
 * The listener that feeds the validation kit (URS-32, A11-4 traceable URS): each finished
 * test lands as one line with the ids it declares, per JVM, intact under concurrency.
 */
@Verifies({ "URS-32", "A11-4" })
class ValidationResultsListenerTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path results;

	@Test
	void recordsAPassedTestWithTheIdsOfItsMethodItsClassAndItsEnclosingClass() throws Exception {
		ValidationResultsListener listener = new ValidationResultsListener(this.results, "unit", CLOCK);
		TestIdentifier test = test("demonstrates", Fixture.Inner.class.getDeclaredMethod("demonstrates"));
		listener.executionStarted(test);
		listener.executionFinished(test, TestExecutionResult.successful());

		List<TestResult> recorded = ResultsJson.read(this.results);
		assertThat(recorded).singleElement().satisfies((r) -> {
			assertThat(r.className()).isEqualTo(Fixture.Inner.class.getName());
			assertThat(r.method()).isEqualTo("demonstrates");
			assertThat(r.requirements()).containsExactly("A11-4", "CHK-07", "P11-10a", "URS-32");
			assertThat(r.status()).isEqualTo(TestResult.SUCCESSFUL);
			assertThat(r.jvm()).startsWith("unit ").contains(String.valueOf(ProcessHandle.current().pid()));
			assertThat(r.finished()).isEqualTo(CLOCK.instant());
			assertThat(r.message()).isNull();
		});
		assertThat(listener.file().getFileName()).hasToString("unit-" + ProcessHandle.current().pid() + ".jsonl");
	}

	@Test
	void recordsAFailureWithItsMessageAndASkippedClassAsSkipped() throws Exception {
		ValidationResultsListener listener = new ValidationResultsListener(this.results, "integration", CLOCK);
		TestIdentifier failing = test("breaks", Fixture.class.getDeclaredMethod("breaks"));
		listener.executionStarted(failing);
		listener.executionFinished(failing,
				TestExecutionResult.failed(new AssertionError("expected 409\nbut was 200")));
		listener.executionSkipped(identifier("skipped", ClassSource.from(Fixture.class), TestDescriptor.Type.CONTAINER),
				"not on this database");

		List<TestResult> recorded = ResultsJson.read(this.results);
		assertThat(recorded).extracting(TestResult::testName, TestResult::status)
			.containsExactly(tuple(Fixture.class.getName() + "#breaks", "FAILED"),
					tuple(Fixture.class.getName(), "SKIPPED"));
		assertThat(recorded.get(0).message()).isEqualTo("java.lang.AssertionError: expected 409 but was 200");
		// the enclosing classes count, as for @Nested: this class declares A11-4 and
		// URS-32
		assertThat(recorded.get(0).requirements()).containsExactly("A11-4", "CHK-07", "URS-32");
		assertThat(recorded.get(1).message()).isEqualTo("not on this database");
	}

	@Test
	void ignoresContainersThatRanAndWritesOneFilePerPhaseAndJvm() throws Exception {
		ValidationResultsListener unit = new ValidationResultsListener(this.results, "unit", CLOCK);
		ValidationResultsListener integration = new ValidationResultsListener(this.results, "integration", CLOCK);
		TestIdentifier container = identifier("class", ClassSource.from(Fixture.class), TestDescriptor.Type.CONTAINER);
		unit.executionFinished(container, TestExecutionResult.successful());
		TestIdentifier test = test("breaks", Fixture.class.getDeclaredMethod("breaks"));
		unit.executionFinished(test, TestExecutionResult.successful());
		integration.executionFinished(test, TestExecutionResult.successful());

		try (Stream<Path> files = Files.list(this.results)) {
			assertThat(files.map((f) -> f.getFileName().toString())).containsExactlyInAnyOrder(
					unit.file().getFileName().toString(), integration.file().getFileName().toString());
		}
		assertThat(ResultsJson.read(this.results)).hasSize(2);
	}

	@Test
	void keepsEveryLineIntactWhenTestsFinishConcurrently() throws Exception {
		ValidationResultsListener listener = new ValidationResultsListener(this.results, "unit", CLOCK);
		TestIdentifier test = test("demonstrates", Fixture.Inner.class.getDeclaredMethod("demonstrates"));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < 400; i++) {
				done.add(pool.submit(() -> listener.executionFinished(test, TestExecutionResult.successful())));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(ResultsJson.read(this.results)).hasSize(400)
			.allSatisfy((r) -> assertThat(r.requirements()).containsExactly("A11-4", "CHK-07", "P11-10a", "URS-32"));
	}

	@Test
	void refusesAResultsLineThatIsNotAResultNamingFileAndLine() throws IOException {
		Files.writeString(this.results.resolve("unit-1.jsonl"),
				"{\"className\":\"A\",\"method\":\"b\",\"status\":\"SUCCESSFUL\"}\n{\"className\":\"A\"\n");
		assertThatThrownBy(() -> ResultsJson.read(this.results)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("unit-1.jsonl line 2");
	}

	private static TestIdentifier test(String name, Method method) {
		return identifier(name, MethodSource.from(method.getDeclaringClass(), method), TestDescriptor.Type.TEST);
	}

	private static TestIdentifier identifier(String name, TestSource source, TestDescriptor.Type type) {
		UniqueId id = UniqueId.root("fixture", name);
		return TestIdentifier.from(new AbstractTestDescriptor(id, name, source) {
			@Override
			public Type getType() {
				return type;
			}
		});
	}

	/**
	 * Stands for a test class; not a test itself (no @Test), so the kit never lists it.
	 */
	@Verifies("CHK-07")
	static class Fixture {

		void breaks() {
		}

		@Verifies("URS-32")
		static class Inner {

			@Verifies({ "P11-10a", "CHK-07" })
			void demonstrates() {
			}

		}

	}

}
