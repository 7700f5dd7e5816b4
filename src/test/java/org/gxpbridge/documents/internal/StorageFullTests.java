package org.gxpbridge.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.gxpbridge.documents.DocumentKind;
import org.gxpbridge.documents.DocumentRejected;
import org.gxpbridge.documents.DocumentUploaded;
import org.gxpbridge.documents.NewDocument;
import org.gxpbridge.documents.SampleFiles;
import org.gxpbridge.shared.ErrorStatus;
import org.gxpbridge.shared.StorageFullException;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Disk full for the document store (issue 16, "Bad input and faults"): the write of the
 * document's bytes fails with "No space left on device" after its row was written; the
 * upload is refused as 507 {@code storage_full} with a clear message, the transaction
 * leaves no row pointing at content that was never stored, and the refusal is published.
 * Real DocumentStore SQL on an in-memory H2 with the V31 tables; only the write of the
 * bytes fails, as PostgreSQL reports it (SQLSTATE 53100).
 */
@Verifies({ "A11-7" })
class StorageFullTests {

	private JdbcTemplate jdbc;

	private TransactionTemplate tx;

	private final List<Object> events = new ArrayList<>();

	@BeforeEach
	void setUp() throws Exception {
		DataSource ds = new DriverManagerDataSource(
				"jdbc:h2:mem:storage-full-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
		jdbc = new JdbcTemplate(ds);
		String v31 = Files.readString(Path.of("src/main/resources/db/migration/V31__documents.sql"),
				StandardCharsets.UTF_8);
		Arrays.stream(v31.split(";"))
			.map(String::strip)
			.map(s -> s.replaceAll("(?m)^--.*$", "").strip())
			.filter(s -> s.startsWith("create table gxp_document ")
					|| s.startsWith("create table gxp_document_content"))
			.forEach(jdbc::execute);
		tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
	}

	/**
	 * Writes rows as the server does, but the disk is full when the bytes are written.
	 */
	private DocumentStore fullDisk() {
		return new DocumentStore(new JdbcTemplate(jdbc.getDataSource()) {
			@Override
			public int update(String sql, Object... args) {
				if (sql.contains("gxp_document_content")) {
					throw new DataAccessResourceFailureException("could not write", new SQLException(
							"could not extend file \"base/16384/24576\": No space left on device", "53100"));
				}
				return super.update(sql, args);
			}
		});
	}

	private DocumentIngestion ingestion(DocumentStore store, ApplicationEventPublisher publisher) {
		return new DocumentIngestion(ScreeningAndExtractionTests.SCREENING, ScreeningAndExtractionTests.EXTRACTION,
				store, publisher, tx, Clock.systemUTC());
	}

	private NewDocument sop() {
		return new NewDocument("sop.pdf", SampleFiles.pdf("SOP backup", "Back up daily."), "SOP backup",
				DocumentKind.SOP, null);
	}

	@Test
	void refusesTheUploadAs507AndLeavesNoRowWithoutItsContent() {
		assertThatThrownBy(() -> ingestion(fullDisk(), events::add).ingest(sop(), "alice"))
			.isInstanceOfSatisfying(StorageFullException.class, e -> {
				assertThat(ErrorStatus.of(e)).isEqualTo(507);
				assertThat(e.code()).isEqualTo("storage_full");
				assertThat(e.getMessage()).contains("document store is full", "sop.pdf was not stored");
			});
		assertThat(jdbc.queryForObject("select count(*) from gxp_document", Integer.class))
			.as("the document row written before the bytes was rolled back")
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from gxp_document_content", Integer.class)).isZero();
		assertThat(events).noneMatch(DocumentUploaded.class::isInstance)
			.anySatisfy(e -> assertThat(((DocumentRejected) e).reason()).isEqualTo("storage_full"));
	}

	@Test
	void stillAnswers507WhenRecordingTheRefusalFindsTheDiskFullToo() {
		ApplicationEventPublisher full = event -> {
			throw new DataAccessResourceFailureException("No space left on device");
		};
		assertThatThrownBy(() -> ingestion(fullDisk(), full).ingest(sop(), "alice"))
			.isInstanceOf(StorageFullException.class);
		assertThat(jdbc.queryForObject("select count(*) from gxp_document", Integer.class)).isZero();
	}

	@Test
	void storesTheDocumentWhenThereIsSpace() {
		ingestion(new DocumentStore(jdbc), events::add).ingest(sop(), "alice");
		assertThat(jdbc.queryForObject("select count(*) from gxp_document_content", Integer.class)).isOne();
		assertThat(events).anyMatch(DocumentUploaded.class::isInstance);
	}

	@Test
	void recognisesAFullDiskOnlyByItsSignature() {
		assertThat(
				StorageFullException.isDiskFull(new RuntimeException("x", new IOException("No space left on device"))))
			.isTrue();
		assertThat(StorageFullException.isDiskFull(new SQLException("could not extend file", "53100"))).isTrue();
		assertThat(StorageFullException.isDiskFull(new SQLException("duplicate key", "23505"))).isFalse();
		assertThat(StorageFullException.isDiskFull(new DataAccessResourceFailureException("connection refused")))
			.isFalse();
	}

}
