package org.gxpbridge.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's own backup tools, as the operator's procedure runs them
 * (docs/operations.md, "Backup and restore"): {@code pg_dump -Fc} and {@code pg_restore}
 * from the machine's client package against the embedded cluster (same major version).
 */
public final class PgTools {

	private PgTools() {
	}

	/** Whether the client tools are installed (.ci/run installs postgresql-client). */
	public static boolean present() {
		return Files.isExecutable(Path.of("/usr/bin/pg_dump")) && Files.isExecutable(Path.of("/usr/bin/pg_restore"));
	}

	/** A custom-format dump of one database of the embedded cluster. */
	public static void dump(String database, Path file) {
		run(List.of("pg_dump", "-h", "localhost", "-p", port(), "-U", "postgres", "-Fc", "-f",
				file.toAbsolutePath().toString(), database));
	}

	/**
	 * Restores a custom-format dump into an empty database of the embedded cluster;
	 * owners and grants come back as they were (the cluster has the same roles).
	 */
	public static void restore(Path file, String database) {
		run(List.of("pg_restore", "-h", "localhost", "-p", port(), "-U", "postgres", "--exit-on-error", "-d", database,
				file.toAbsolutePath().toString()));
	}

	private static String port() {
		return Integer.toString(PostgresServer.cluster().getPort());
	}

	private static void run(List<String> command) {
		try {
			Path log = Files.createTempFile("pg-tool", ".log");
			Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			if (!p.waitFor(5, TimeUnit.MINUTES)) {
				p.destroyForcibly();
				throw new IllegalStateException(command.get(0) + " did not finish in 5 minutes");
			}
			String output = Files.readString(log, StandardCharsets.UTF_8);
			Files.deleteIfExists(log);
			if (p.exitValue() != 0) {
				throw new IllegalStateException(command.get(0) + " exited " + p.exitValue() + ": " + output);
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(command.get(0) + " could not run", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
