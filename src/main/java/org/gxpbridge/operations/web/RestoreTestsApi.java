package org.gxpbridge.operations.web;

import java.io.IOException;
import java.util.List;

import org.gxpbridge.operations.RestoreTest;
import org.gxpbridge.operations.RestoreTests;
import org.gxpbridge.security.Access;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Restore tests over JSON (CHK-20): read by those who read the audit trail (ADMIN,
 * IT_SECURITY, QUALITY_MANAGER, AUDITOR, INSPECTOR); the restore report of a restored
 * database uploaded by ADMIN or IT_SECURITY, as the file itself (JSON body) or as a
 * multipart part named {@code file}.
 */
@RestController
@RequestMapping("/api/operations/restore-tests")
@Access.AuditReader
class RestoreTestsApi {

	private final RestoreTests tests;

	RestoreTestsApi(RestoreTests tests) {
		this.tests = tests;
	}

	@GetMapping
	List<RestoreTest> all() {
		return tests.all();
	}

	/** The last approved restore test; 404 when there was none yet. */
	@GetMapping("/latest")
	ResponseEntity<RestoreTest> latest() {
		return ResponseEntity.of(tests.latest());
	}

	@GetMapping("/{testId}")
	RestoreTest one(@PathVariable String testId) {
		return tests.get(testId);
	}

	/** The restore report as uploaded; its SHA-256 is the test's reportSha256. */
	@GetMapping(value = "/{testId}/report", produces = MediaType.APPLICATION_JSON_VALUE)
	String report(@PathVariable String testId) {
		return tests.report(testId);
	}

	@Access.SecurityOfficer
	@PostMapping(value = "/{testId}/report", consumes = MediaType.APPLICATION_JSON_VALUE)
	RestoreTest upload(@PathVariable String testId, @RequestBody byte[] report, Authentication auth) {
		return tests.acceptReport(testId, report, auth.getName());
	}

	@Access.SecurityOfficer
	@PostMapping(value = "/{testId}/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	RestoreTest uploadFile(@PathVariable String testId, @RequestPart("file") MultipartFile file, Authentication auth)
			throws IOException {
		return tests.acceptReport(testId, file.getBytes(), auth.getName());
	}

}
