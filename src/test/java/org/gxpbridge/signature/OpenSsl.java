package org.gxpbridge.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The inspector's independent check: {@code openssl cms -verify} over files, as
 * docs/signatures.md tells them.
 */
public final class OpenSsl {

	static final Path BINARY = Path.of("/usr/bin/openssl");

	public record Result(int exitCode, String output) {
	}

	private OpenSsl() {
	}

	public static boolean present() {
		return Files.isExecutable(BINARY);
	}

	public static Result verify(String caPem, byte[] cms, byte[] content) throws IOException, InterruptedException {
		Path dir = Files.createTempDirectory("gxp-openssl");
		Files.writeString(dir.resolve("ca.pem"), caPem);
		Files.write(dir.resolve("sig.p7s"), cms);
		Files.write(dir.resolve("content.json"), content);
		Process p = new ProcessBuilder(BINARY.toString(), "cms", "-verify", "-binary", "-inform", "DER", "-in",
				"sig.p7s", "-content", "content.json", "-CAfile", "ca.pem", "-purpose", "any", "-out", "/dev/null")
			.directory(dir.toFile())
			.redirectErrorStream(true)
			.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Result(p.waitFor(), out);
	}

}
