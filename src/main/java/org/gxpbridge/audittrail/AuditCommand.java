package org.gxpbridge.audittrail;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar gxp-bridge.jar audit verify [--spring options]}: the server's
 * configuration without its web side, job executor, sealer or deployment; prints the
 * report; exit 0 intact, 1 broken, 2 usage. {@code audit verify-bundle FILE}: no database
 * at all.
 */
public final class AuditCommand {

	private AuditCommand() {
	}

	public static int run(Class<?> application, String[] args, PrintStream out) {
		try {
			if (args.length >= 3 && "verify-bundle".equals(args[1])) {
				Path file = Path.of(args[2]);
				if (!Files.isReadable(file)) {
					out.println("Cannot read bundle " + file);
					return 1;
				}
				return print(AuditLedger.verifyBundle(file), "bundle " + file, out);
			}
			if (args.length >= 2 && "verify".equals(args[1])) {
				List<String> springArgs = new ArrayList<>(Arrays.asList(args).subList(2, args.length));
				springArgs.add("--camunda.bpm.job-execution.enabled=false");
				springArgs.add("--camunda.bpm.auto-deployment-enabled=false");
				springArgs.add("--spring.main.banner-mode=off");
				springArgs.add("--logging.level.root=warn");
				// engine REST is a web part, and the command line has none
				springArgs.add(
						"--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration");
				SpringApplication app = new SpringApplication(application);
				app.setWebApplicationType(WebApplicationType.NONE);
				try (ConfigurableApplicationContext context = app.run(springArgs.toArray(String[]::new))) {
					return print(context.getBean(AuditLedger.class).verify(), "audit ledger", out);
				}
			}
		}
		catch (IOException | RuntimeException e) {
			out.println("Verification could not run: " + e.getMessage());
			return 1;
		}
		out.println("usage: java -jar gxp-bridge.jar audit verify [--spring.profiles.active=postgres ...]");
		out.println("       java -jar gxp-bridge.jar audit verify-bundle FILE");
		return 2;
	}

	private static int print(VerificationReport report, String what, PrintStream out) {
		out.println("GxP Bridge audit verification of " + what);
		out.println(report.describe());
		return report.intact() ? 0 : 1;
	}

}
