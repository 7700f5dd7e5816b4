package org.gxpbridge.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.gxpbridge.operations.internal.RestoreReportWriter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar gxp-bridge.jar restore report --out FILE [--spring options]}, run
 * against a RESTORED database with the restored audit keystore: writes the restore report
 * (JSON, {@link RestoreReport}) that the operator uploads to the restore test (CHK-20).
 * Exit 0 when the restored ledger and every signature verified, 1 otherwise (the report
 * is written either way), 2 usage.
 */
public final class RestoreCommand {

	private RestoreCommand() {
	}

	public static int run(Class<?> application, String[] args, PrintStream out) {
		if (args.length < 4 || !"report".equals(args[1]) || !"--out".equals(args[2])) {
			out.println(
					"usage: java -jar gxp-bridge.jar restore report --out FILE [--spring.profiles.active=postgres ...]");
			return 2;
		}
		// the restored state: what this command's own start may seal comes later
		Instant started = Instant.now();
		Path file = Path.of(args[3]);
		List<String> springArgs = new ArrayList<>(Arrays.asList(args).subList(4, args.length));
		springArgs.add("--camunda.bpm.job-execution.enabled=false");
		springArgs.add("--camunda.bpm.auto-deployment-enabled=false");
		springArgs.add("--spring.main.banner-mode=off");
		springArgs.add("--logging.level.root=warn");
		springArgs.add(
				"--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration");
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = app.run(springArgs.toArray(String[]::new))) {
			RestoreReport report = context.getBean(RestoreReportWriter.class).write(started);
			ObjectMapper json = context.getBean(ObjectMapper.class).copy().enable(SerializationFeature.INDENT_OUTPUT);
			Files.write(file, json.writeValueAsBytes(report));
			out.println("GxP Bridge restore report written to " + file);
			out.println(report.summary());
			report.ledgerProblems().forEach(p -> out.println(" - " + p));
			report.signaturesFailed().forEach(id -> out.println(" - signature does not verify: " + id));
			return report.ledgerIntact() && report.signaturesVerified() == report.signatures() ? 0 : 1;
		}
		catch (IOException | RuntimeException e) {
			out.println("The restore report could not be written: " + e.getMessage());
			return 1;
		}
	}

}
