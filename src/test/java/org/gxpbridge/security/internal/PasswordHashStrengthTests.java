package org.gxpbridge.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The test profile lowers both password hashes so that the suite stays fast; the server
 * itself must keep full strength (P11-300a). These read the shipped configuration files,
 * not a test context, so they cannot see the test profile's values.
 */
class PasswordHashStrengthTests {

	@Test
	void productionHashesAccountPasswordsWithBcryptCostTen() throws IOException {
		assertThat(shipped("gxp.security.bcrypt-strength")).containsExactly("10");
		String hash = new WebSecurityConfig().passwordEncoder(10).encode("Gxp-Demo-2026!");
		assertThat(hash).startsWith("{bcrypt}$2a$10$");
	}

	@Test
	void productionDerivesSigningKeysWithTheOwaspArgon2idMinimum() throws IOException {
		// OWASP Password Storage Cheat Sheet: Argon2id with m = 19 MiB, t = 2, p = 1
		assertThat(shipped("gxp.signature.kdf.algorithm")).containsExactly("argon2id");
		assertThat(shipped("gxp.signature.kdf.memory-kib")).containsExactly("19456");
		assertThat(shipped("gxp.signature.kdf.iterations")).containsExactly("2");
		assertThat(shipped("gxp.signature.kdf.parallelism")).containsExactly("1");
	}

	@Test
	void aLowerCostHashStillChecksTheSameWay() {
		PasswordEncoder production = new WebSecurityConfig().passwordEncoder(10);
		String testHash = new WebSecurityConfig().passwordEncoder(4).encode("Gxp-Demo-2026!");
		assertThat(testHash).startsWith("{bcrypt}$2a$04$");
		assertThat(production.matches("Gxp-Demo-2026!", testHash)).isTrue();
		assertThat(production.matches("Gxp-Demo-2026?", testHash)).isFalse();
	}

	@Test
	void onlyTheTestProfileLowersTheCosts() throws IOException {
		assertThat(values("application-test.yml", "gxp.security.bcrypt-strength")).containsExactly("4");
		assertThat(values("application-test.yml", "gxp.signature.kdf.memory-kib")).containsExactly("2048");
	}

	/**
	 * Every value of the key in the configuration the server ships with: the default file
	 * and every profile file under src/main/resources.
	 */
	private static List<String> shipped(String key) throws IOException {
		List<String> files;
		try (Stream<Path> all = Files.list(Path.of("src/main/resources"))) {
			files = all.map(p -> p.getFileName().toString()).filter(f -> f.matches("application.*\\.ya?ml")).toList();
		}
		assertThat(files).contains("application.yml", "application-postgres.yml")
			.doesNotContain("application-test.yml");
		List<String> found = new ArrayList<>();
		for (String file : files) {
			found.addAll(values(file, key));
		}
		return found;
	}

	private static List<String> values(String file, String key) throws IOException {
		List<String> found = new ArrayList<>();
		for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
			Object value = source.getProperty(key);
			if (value != null) {
				found.add(value.toString());
			}
		}
		return found;
	}

}
