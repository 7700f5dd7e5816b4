package org.gxpbridge.operations.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.VerificationReport;
import org.gxpbridge.operations.SchemaMigrated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The upgrade's own record (CHK-21). Flyway migrates as Spring Boot would; when this
 * start moved an existing database (not a new installation) to a newer schema, the server
 * verifies the whole ledger once it is ready and writes a migration report: the versions
 * before and after, every script applied with its checksum and time, the application
 * version and the verification result. The ledger gets a {@link SchemaMigrated} entry
 * with the report's hash. The ledger is looked up only then: at migration time the beans
 * that read the database do not exist yet.
 */
@Component
class SchemaMigrationReport implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrationReport.class);

	private final OperationsSettings settings;

	private final ObjectProvider<AuditLedger> ledger;

	private final ObjectProvider<BuildProperties> build;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<PlatformTransactionManager> transactions;

	private volatile Map<String, Object> pending;

	SchemaMigrationReport(OperationsSettings settings, ObjectProvider<AuditLedger> ledger,
			ObjectProvider<BuildProperties> build, ApplicationEventPublisher events,
			ObjectProvider<PlatformTransactionManager> transactions) {
		this.settings = settings;
		this.ledger = ledger;
		this.build = build;
		this.events = events;
		this.transactions = transactions;
	}

	@Override
	public void migrate(Flyway flyway) {
		MigrationInfo current = flyway.info().current();
		Instant started = Instant.now();
		MigrateResult result = flyway.migrate();
		if (current == null || result.migrationsExecuted == 0) {
			return; // a new installation, or nothing to do
		}
		Set<String> executed = result.migrations.stream().map(m -> m.version).collect(Collectors.toSet());
		List<Map<String, Object>> scripts = new ArrayList<>();
		for (MigrationInfo applied : flyway.info().applied()) {
			if (applied.getVersion() != null && executed.contains(applied.getVersion().getVersion())) {
				Map<String, Object> script = new LinkedHashMap<>();
				script.put("version", applied.getVersion().getVersion());
				script.put("script", applied.getScript());
				script.put("checksum", applied.getChecksum());
				script.put("executionMillis", applied.getExecutionTime());
				script.put("state", applied.getState().getDisplayName());
				scripts.add(script);
			}
		}
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("fromVersion", current.getVersion().getVersion());
		report.put("toVersion", result.targetSchemaVersion);
		report.put("startedAt", started.toString());
		report.put("finishedAt", Instant.now().toString());
		report.put("database", result.database);
		report.put("scripts", scripts);
		report.put("warnings", result.warnings);
		pending = report;
		log.info("Schema migrated from version {} to {} ({} scripts); the report follows once the server is ready",
				current.getVersion(), result.targetSchemaVersion, result.migrationsExecuted);
	}

	@EventListener(ApplicationReadyEvent.class)
	void writeReport() {
		Map<String, Object> report = pending;
		if (report == null) {
			return;
		}
		pending = null;
		BuildProperties version = build.getIfAvailable();
		report.put("application", version == null ? "unknown" : version.getVersion());
		VerificationReport verification = ledger.getObject().verify();
		report.put("ledgerIntact", verification.intact());
		report.put("ledgerVerification", verification.describe());
		try {
			byte[] json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(report);
			String name = "schema-migration-" + report.get("fromVersion") + "-to-" + report.get("toVersion") + "-"
					+ DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now())
					+ ".json";
			Path dir = Files.createDirectories(settings.reportDir());
			Path tmp = Files.createTempFile(dir, name, ".tmp");
			Files.write(tmp, json);
			Path file = Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
			String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
			SchemaMigrated event = new SchemaMigrated((String) report.get("fromVersion"),
					(String) report.get("toVersion"), ((List<?>) report.get("scripts")).size(), verification.intact(),
					sha256);
			new TransactionTemplate(transactions.getObject()).executeWithoutResult(tx -> events.publishEvent(event));
			log.info("Schema migration report {} (SHA-256 {}); ledger after the migration: {}", file, sha256,
					verification.describe());
		}
		catch (IOException | NoSuchAlgorithmException e) {
			// the upgrade itself succeeded; the missing report is an operator's finding
			log.error("The schema migration report could not be written to {}", settings.reportDir(), e);
		}
	}

}
