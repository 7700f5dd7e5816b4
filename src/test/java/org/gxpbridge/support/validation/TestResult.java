package org.gxpbridge.support.validation;

import java.time.Instant;
import java.util.List;

/**
 * One finished test as the test run recorded it (a line of
 * target/validation/results/*.jsonl).
 *
 * @param className the test class (binary name, {@code Outer$Nested} for nested classes)
 * @param method the test method, or {@code null} for a container skipped as a whole
 * @param displayName what JUnit showed (parameterised invocations differ only here)
 * @param requirements the ids of {@link org.gxpbridge.support.Verifies} on method, class
 * and enclosing classes
 * @param status SUCCESSFUL, FAILED, ABORTED or SKIPPED
 * @param durationMillis wall time of the test
 * @param jvm which JVM ran it (phase, pid and host)
 * @param finished when it finished (UTC)
 * @param message failure or skip reason, shortened; {@code null} when it passed
 */
public record TestResult(String className, String method, String displayName, List<String> requirements, String status,
		long durationMillis, String jvm, Instant finished, String message) {

	/** Status of a passed test. */
	public static final String SUCCESSFUL = "SUCCESSFUL";

	/** Status of a failed test. */
	public static final String FAILED = "FAILED";

	/** Status of a test whose assumption did not hold. */
	public static final String ABORTED = "ABORTED";

	/** Status of a disabled test. */
	public static final String SKIPPED = "SKIPPED";

	public TestResult {
		requirements = (requirements != null) ? List.copyOf(requirements) : List.of();
	}

	/**
	 * @return {@code Class#method}, or the class alone
	 */
	public String testName() {
		return (this.method != null) ? this.className + "#" + this.method : this.className;
	}

}
