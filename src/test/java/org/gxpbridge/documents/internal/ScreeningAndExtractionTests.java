package org.gxpbridge.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.apache.tika.config.TikaConfig;
import org.gxpbridge.documents.SampleFiles;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.ErrorStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

/**
 * The ingestion path without the server: what Tika detects and extracts from each format,
 * and what it refuses.
 */
class ScreeningAndExtractionTests {

	static final DocumentSettings SETTINGS = new DocumentSettings(DataSize.ofMegabytes(20),
			List.of("application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					"application/vnd.openxmlformats-officedocument.presentationml.presentation",
					"application/vnd.oasis.opendocument.text", "application/rtf", "text/plain", "text/html",
					"application/xml", "message/rfc822", "application/vnd.ms-outlook"),
			10_000_000, Duration.ofSeconds(30), 2, 8, 100, 100, 10, 256, 5);

	static final TikaConfig TIKA = TikaConfig.getDefaultConfig();
	static final ContentScreening SCREENING = new ContentScreening(TIKA, SETTINGS);
	static final TextExtraction EXTRACTION = new TextExtraction(TIKA, SETTINGS);

	static List<SampleFiles.Format> formats() {
		return SampleFiles.formats("Evidence for 21 CFR Part 11 audit trail");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("formats")
	void detectsTypeFromContentAndExtractsText(SampleFiles.Format file) {
		assertThat(SCREENING.screen(file.name(), file.bytes()).toString()).isEqualTo(file.mediaType());
		assertThat(EXTRACTION.extract(file.bytes()).text()).contains("21 CFR Part 11 audit trail");
	}

	@Test
	void reportsTitlePagesAndLanguageWhereTheFormatCarriesThem() {
		Extraction odt = EXTRACTION.extract(SampleFiles.odt("Data integrity policy", "One.", "Two."));
		assertThat(odt.title()).isEqualTo("Data integrity policy");
		assertThat(odt.language()).isEqualTo("en-GB");
		Extraction pdf = EXTRACTION
			.extract(SampleFiles.pdf("Validation report", "Page one.", "Page two.", "Page three."));
		assertThat(pdf.title()).isEqualTo("Validation report");
		assertThat(pdf.pages()).isEqualTo(3);
	}

	static List<SampleFiles.Hostile> hostile() {
		return SampleFiles.hostileCorpus().stream().filter(SampleFiles.Hostile::beforeParsing).toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostile")
	void refusesHostileAndBrokenFilesBeforeParsing(SampleFiles.Hostile file) {
		assertThatThrownBy(() -> SCREENING.screen(file.name(), file.bytes()))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.code()).as(e.getMessage()).isEqualTo(file.code());
				assertThat(ErrorStatus.of(e)).isEqualTo(file.status());
			});
	}

}
