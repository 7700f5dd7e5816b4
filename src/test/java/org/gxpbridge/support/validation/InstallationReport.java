package org.gxpbridge.support.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ByteArrayResource;

/**
 * The installation qualification (IQ): what exactly was built and tested — application
 * version and commit, platform and library versions, SHA-256 of the jar and of every
 * model as packaged, the schema version the packaged migrations lead to, and the settings
 * that decide GxP behaviour as application.yml ships them.
 */
final class InstallationReport {

	/** Libraries whose version an inspector asks for (name as in BOOT-INF/lib). */
	static final List<String> LIBRARIES = List.of("spring-boot", "spring-core", "camunda-engine",
			"camunda-bpm-spring-boot-starter", "spring-modulith-core", "pdfbox", "flyway-core", "postgresql", "h2",
			"bcprov-jdk18on", "tika-core");

	/**
	 * Settings under these prefixes decide GxP behaviour (security, retention, audit,
	 * engine).
	 */
	static final List<String> SETTINGS = List.of("gxp.", "camunda.bpm.", "server.servlet.session.", "spring.flyway.",
			"spring.jackson.time-zone", "management.endpoints.");

	private static final Pattern LIBRARY = Pattern.compile("^(.+?)-(\\d[^-]*(?:-[A-Za-z0-9.]+)?)\\.jar$");

	private static final Pattern MIGRATION = Pattern.compile("^db/migration/V([0-9_.]+)__.*\\.sql$");

	private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|credential).*");

	private InstallationReport() {
	}

	static KitDocument build(PackagedFiles packaged, String commit, String footer) {
		KitDocument iq = new KitDocument("Installation qualification (IQ)");
		iq.paragraph("What this build consists of, read from " + packaged.origin() + ". " + footer);
		Properties build = properties(packaged, "META-INF/build-info.properties");
		List<List<String>> facts = new ArrayList<>();
		facts.add(List.of("Application",
				build.getProperty("build.name", "?") + " " + build.getProperty("build.version", "?")));
		facts.add(List.of("Built", build.getProperty("build.time", "?")));
		facts.add(List.of("Git commit", commit));
		facts.add(List.of("Java (build and test run)",
				System.getProperty("java.vendor") + " " + System.getProperty("java.version")));
		Map<String, String> versions = libraryVersions(packaged.libraries());
		for (String library : LIBRARIES) {
			facts.add(List.of(library, versions.getOrDefault(library, "not packaged")));
		}
		facts.add(List.of("Database schema (Flyway)", schemaVersion(packaged)));
		iq.heading("Versions").table(List.of("Item", "Value"), facts, List.of(1, 3), -1);

		List<List<String>> checksums = new ArrayList<>();
		if (packaged.jar() != null) {
			checksums.add(List.of(packaged.jar().getFileName().toString(), sha256(read(packaged.jar()))));
		}
		else {
			checksums.add(List.of("application jar", "NOT BUILT: checksums below are of the classes directory"));
		}
		for (String folder : List.of("processes/", "dmn/", "forms/")) {
			for (String model : packaged.classpathFiles(folder)) {
				checksums.add(List.of(model, sha256(packaged.read(model))));
			}
		}
		iq.heading("SHA-256 of the jar and of every deployed model (as packaged)")
			.table(List.of("File", "SHA-256"), checksums, List.of(2, 3), -1);

		List<List<String>> settings = new ArrayList<>();
		settings(packaged).forEach((key, value) -> settings.add(List.of(key, value)));
		iq.heading(
				"Settings that matter (application.yml as packaged; the environment may override, see docs/operations.md)")
			.table(List.of("Setting", "Value"), settings, List.of(2, 3), -1);
		return iq;
	}

	/**
	 * @return version of each packaged library by artifact name
	 */
	static Map<String, String> libraryVersions(List<String> libraries) {
		Map<String, String> versions = new TreeMap<>();
		for (String file : libraries) {
			Matcher m = LIBRARY.matcher(file);
			if (m.matches()) {
				versions.put(m.group(1), m.group(2));
			}
		}
		return versions;
	}

	/**
	 * @return the highest migration version packaged, with the number of migrations
	 */
	static String schemaVersion(PackagedFiles packaged) {
		List<String> versions = new ArrayList<>();
		for (String name : packaged.classpathFiles("db/migration/")) {
			Matcher m = MIGRATION.matcher(name);
			if (m.matches()) {
				versions.add(m.group(1).replace('_', '.'));
			}
		}
		if (versions.isEmpty()) {
			return "no migrations packaged";
		}
		String highest = versions.stream()
			.max(Comparator.comparing(InstallationReport::versionKey, InstallationReport::compare))
			.get();
		return highest + " (" + versions.size() + " migrations)";
	}

	/**
	 * @return the settings under {@link #SETTINGS} of all documents of application.yml,
	 * secrets masked
	 */
	static Map<String, String> settings(PackagedFiles packaged) {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ByteArrayResource(packaged.read("application.yml")));
		Properties all = yaml.getObject();
		Map<String, String> chosen = new TreeMap<>();
		// keys, not stringPropertyNames(): YAML numbers and booleans are stored as such,
		// not as strings
		for (Object name : all.keySet()) {
			String key = String.valueOf(name);
			if (SETTINGS.stream().anyMatch(key::startsWith)) {
				String value = String.valueOf(all.get(name));
				chosen.put(key, SECRET.matcher(key).matches() ? mask(value) : value);
			}
		}
		return chosen;
	}

	/**
	 * A secret's default never lands in the report; an environment placeholder's name
	 * does.
	 */
	private static String mask(String value) {
		Matcher placeholder = Pattern.compile("^\\$\\{([A-Z0-9_]+):.*}$").matcher(value);
		return placeholder.matches() ? "${" + placeholder.group(1) + "} (secret, default not shown)"
				: "(secret, not shown)";
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Properties properties(PackagedFiles packaged, String name) {
		Properties properties = new Properties();
		try {
			properties.load(new ByteArrayInputStream(packaged.read(name)));
		}
		catch (IOException | RuntimeException ex) {
			// a build without build-info still gets its IQ; the missing facts read "?"
		}
		return properties;
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int[] versionKey(String version) {
		String[] parts = version.split("\\.");
		int[] key = new int[parts.length];
		for (int i = 0; i < parts.length; i++) {
			key[i] = Integer.parseInt(parts[i]);
		}
		return key;
	}

	private static int compare(int[] a, int[] b) {
		for (int i = 0; i < Math.max(a.length, b.length); i++) {
			int x = (i < a.length) ? a[i] : 0;
			int y = (i < b.length) ? b[i] : 0;
			if (x != y) {
				return Integer.compare(x, y);
			}
		}
		return 0;
	}

}
