package org.gxpbridge.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.tika.config.TikaConfig;
import org.gxpbridge.documents.SampleFiles;
import org.gxpbridge.shared.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

/** The ingestion path without the server: what Tika detects and extracts from each format, and what it refuses. */
class ScreeningAndExtractionTests {

    static final DocumentSettings SETTINGS = new DocumentSettings(DataSize.ofMegabytes(20), List.of(
            "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/rtf", "text/plain", "text/html", "application/xml", "message/rfc822",
            "application/vnd.ms-outlook"), 10_000_000, Duration.ofSeconds(30), 2, 8, 100, 100, 10, 256, 5);

    static final TikaConfig TIKA = TikaConfig.getDefaultConfig();
    static final ContentScreening SCREENING = new ContentScreening(TIKA, SETTINGS);
    static final TextExtraction EXTRACTION = new TextExtraction(TIKA, SETTINGS);

    static List<Arguments> formats() {
        String text = "Evidence for 21 CFR Part 11 audit trail";
        return List.of(
                Arguments.of("sop.pdf", SampleFiles.pdf("SOP-001", text), "application/pdf"),
                Arguments.of("sop.docx", SampleFiles.docx("SOP-002", text), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                Arguments.of("matrix.xlsx", SampleFiles.xlsx(text), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                Arguments.of("training.pptx", SampleFiles.pptx(text), "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
                Arguments.of("policy.odt", SampleFiles.odt("Policy", text), "application/vnd.oasis.opendocument.text"),
                Arguments.of("note.rtf", SampleFiles.rtf(text), "application/rtf"),
                Arguments.of("page.html", SampleFiles.html("Page", text), "text/html"),
                Arguments.of("readme.md", SampleFiles.markdown("Readme", text), "text/plain"),
                Arguments.of("notes.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain"),
                Arguments.of("finding.eml", SampleFiles.eml("Audit finding", text), "message/rfc822"),
                Arguments.of("finding.msg", SampleFiles.msg("Audit finding", text), "application/vnd.ms-outlook"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void detectsTypeFromContentAndExtractsText(String name, byte[] file, String expectedType) {
        assertThat(SCREENING.screen(name, file).toString()).isEqualTo(expectedType);
        Extraction found = EXTRACTION.extract(file);
        assertThat(found.text()).contains("21 CFR Part 11 audit trail");
    }

    static List<Arguments> hostile() {
        byte[] pdf = SampleFiles.pdf("SOP", "Some text to make the file long enough to cut in half. ".repeat(20));
        return List.of(
                Arguments.of("empty.pdf", new byte[0], 400, "empty_document"),
                Arguments.of("invoice.pdf", SampleFiles.windowsExecutable(), 415, "extension_contradicts_content"),
                Arguments.of("setup.exe", SampleFiles.windowsExecutable(), 415, "media_type_not_allowed"),
                Arguments.of("report.pdf", SampleFiles.shellScript(), 415, "extension_contradicts_content"),
                Arguments.of("install.sh", SampleFiles.shellScript(), 415, "media_type_not_allowed"),
                Arguments.of("sop.docx", pdf, 415, "extension_contradicts_content"),
                Arguments.of("evidence.zip", SampleFiles.zipArchive(), 415, "media_type_not_allowed"),
                Arguments.of("cut.pdf", SampleFiles.truncated(pdf), 422, "truncated_document"),
                Arguments.of("cut.docx", SampleFiles.truncated(SampleFiles.docx("t", "x".repeat(5000))), 422, "truncated_document"),
                Arguments.of("deep.xml", SampleFiles.deeplyNestedXml(100_000), 422, "xml_nesting_too_deep"),
                Arguments.of("lol.xml", SampleFiles.billionLaughsXml(), 422, "xml_entities_refused"));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("hostile")
    void refusesHostileAndBrokenFilesBeforeParsing(String name, byte[] file, int status, String code) {
        assertThatThrownBy(() -> SCREENING.screen(name, file)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            assertThat(e.status()).isEqualTo(status);
        });
    }
}
