package org.gxpbridge.support.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of the application as packaged: the entries of the Spring Boot jar
 * ({@code BOOT-INF/classes/...}, {@code BOOT-INF/lib/...}), or, when no jar was built,
 * the classes directory (the IQ then says so).
 */
interface PackagedFiles {

	/**
	 * @return what was read, e.g. the jar's path
	 */
	String origin();

	/**
	 * @return the packaged jar, or {@code null} when reading a classes directory
	 */
	Path jar();

	/**
	 * @param folder a folder of the application's classpath, e.g. {@code processes/}
	 * @return the names of the files under it, relative to the classpath, sorted
	 */
	List<String> classpathFiles(String folder);

	/**
	 * @return the file names of the libraries packaged with the application, sorted
	 */
	List<String> libraries();

	byte[] read(String classpathName);

	static PackagedFiles of(Path jar, Path classes) {
		return Files.isRegularFile(jar) ? new Jar(jar) : new Classes(classes);
	}

	/** Entries of the repackaged jar. */
	record Jar(Path jar) implements PackagedFiles {

		private static final String CLASSES = "BOOT-INF/classes/";

		@Override
		public String origin() {
			return this.jar.toString();
		}

		@Override
		public List<String> classpathFiles(String folder) {
			return names(CLASSES + folder).stream().map((n) -> n.substring(CLASSES.length())).toList();
		}

		@Override
		public List<String> libraries() {
			return names("BOOT-INF/lib/").stream().map((n) -> n.substring("BOOT-INF/lib/".length())).toList();
		}

		@Override
		public byte[] read(String classpathName) {
			try (ZipFile zip = new ZipFile(this.jar.toFile())) {
				ZipEntry entry = zip.getEntry(CLASSES + classpathName);
				if (entry == null) {
					throw new IllegalStateException(classpathName + " is not in " + this.jar);
				}
				return zip.getInputStream(entry).readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private List<String> names(String prefix) {
			try (ZipFile zip = new ZipFile(this.jar.toFile())) {
				return zip.stream()
					.filter((e) -> !e.isDirectory() && e.getName().startsWith(prefix))
					.map(ZipEntry::getName)
					.sorted()
					.toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** The build's classes directory, when the jar is missing. */
	record Classes(Path classes) implements PackagedFiles {

		@Override
		public String origin() {
			return this.classes + " (no jar was built; library versions from the build's classpath)";
		}

		@Override
		public Path jar() {
			return null;
		}

		@Override
		public List<String> classpathFiles(String folder) {
			Path dir = this.classes.resolve(folder);
			if (!Files.isDirectory(dir)) {
				return Collections.emptyList();
			}
			try (Stream<Path> files = Files.walk(dir)) {
				List<String> names = new ArrayList<>(files.filter(Files::isRegularFile)
					.map((f) -> this.classes.relativize(f).toString().replace('\\', '/'))
					.toList());
				Collections.sort(names);
				return names;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/**
		 * Without a jar, the libraries the build's classpath holds (the tests ran against
		 * those).
		 */
		@Override
		public List<String> libraries() {
			List<String> files = new ArrayList<>();
			for (String className : LIBRARY_CLASSES) {
				try {
					Class<?> type = Class.forName(className, false, Thread.currentThread().getContextClassLoader());
					files.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
						.getFileName()
						.toString());
				}
				catch (ReflectiveOperationException | LinkageError | URISyntaxException | RuntimeException ex) {
					// not on the classpath: the IQ says "not packaged"
				}
			}
			Collections.sort(files);
			return files;
		}

		private static final List<String> LIBRARY_CLASSES = List.of("org.springframework.boot.SpringApplication",
				"org.springframework.core.SpringVersion", "org.camunda.bpm.engine.ProcessEngine",
				"org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration",
				"org.springframework.modulith.core.ApplicationModules", "org.apache.pdfbox.pdmodel.PDDocument",
				"org.flywaydb.core.Flyway", "org.postgresql.Driver", "org.h2.Driver",
				"org.bouncycastle.jce.provider.BouncyCastleProvider", "org.apache.tika.Tika");

		@Override
		public byte[] read(String classpathName) {
			try {
				return Files.readAllBytes(this.classes.resolve(classpathName));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
