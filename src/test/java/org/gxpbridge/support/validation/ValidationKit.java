package org.gxpbridge.support.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes the validation kit into {@code target/validation/}: trace-matrix, iq and oq as
 * HTML and PDF, from the requirements (docs/validation/requirements.md), what the
 * compiled tests declare with {@code @Verifies}, and the results the test run recorded
 * ({@link ValidationResultsListener}). pom.xml runs it in {@code post-integration-test},
 * so unit and integration results are both in and a failed test shows as FAILED before
 * {@code verify} fails the build; by hand: {@code ./mvnw -o exec:java@validation-kit}.
 */
public final class ValidationKit {

	private final Path basedir;

	private final Clock clock;

	ValidationKit(Path basedir, Clock clock) {
		this.basedir = basedir;
		this.clock = clock;
	}

	public static void main(String[] args) {
		Path basedir = Path.of((args.length > 0) ? args[0] : ".").toAbsolutePath().normalize();
		Path written = new ValidationKit(basedir, Clock.systemUTC()).write();
		System.out.println("[validation kit] written to " + written);
	}

	/**
	 * @return the directory written
	 */
	Path write() {
		Path target = this.basedir.resolve("target");
		Path out = target.resolve("validation");
		Requirements requirements = Requirements.read(this.basedir.resolve("docs/validation/requirements.md"));
		List<DeclaredRequirements.Declaration> declared = DeclaredRequirements.scan(target.resolve("test-classes"),
				Thread.currentThread().getContextClassLoader());
		List<TestResult> results = ResultsJson.read(out.resolve("results"));
		TraceMatrix matrix = new TraceMatrix(requirements,
				Procedures.read(this.basedir.resolve("docs/validation/procedures.md")), declared, results);
		PackagedFiles packaged = PackagedFiles.of(target.resolve("gxp-bridge.jar"), target.resolve("classes"));
		String commit = gitCommit();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String footer = "GxP Bridge, commit " + commit + ", generated " + now;
		write(out, "trace-matrix", ValidationReports.traceMatrix(matrix, footer), footer);
		write(out, "iq", InstallationReport.build(packaged, commit, footer), footer);
		write(out, "oq", ValidationReports.operational(matrix, results, machine(), now, footer), footer);
		return out;
	}

	private static void write(Path directory, String name, KitDocument document, String footer) {
		try {
			Files.createDirectories(directory);
			Files.writeString(directory.resolve(name + ".html"), HtmlRenderer.render(document), StandardCharsets.UTF_8);
			PdfRenderer.render(document, footer, directory.resolve(name + ".pdf"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return HEAD's commit, marked when the working tree differs from it
	 */
	String gitCommit() {
		String head = git("rev-parse", "HEAD");
		if (head == null || head.isBlank()) {
			return "unknown (no git repository)";
		}
		String changes = git("status", "--porcelain", "--untracked-files=no");
		return head.strip() + ((changes != null && !changes.isBlank()) ? " with uncommitted changes" : "");
	}

	private String git(String... args) {
		try {
			List<String> command = new ArrayList<>(List.of("git", "-C", this.basedir.toString()));
			command.addAll(List.of(args));
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			boolean done = process.waitFor(30, TimeUnit.SECONDS);
			return (done && process.exitValue() == 0) ? output : null;
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static String machine() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			host = "unknown host";
		}
		return host + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch") + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
				+ System.getProperty("java.version");
	}

}
