package org.gxpbridge.operations.web;

import java.io.IOException;

import org.gxpbridge.operations.RestoreTests;
import org.gxpbridge.security.Access;
import org.gxpbridge.shared.DomainException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page "show me the last restore test" (CHK-20): the last approved test and every
 * test with who, when, result, report hash; administrators and IT security officers
 * upload the restore report of an open test here.
 */
@Controller
@Access.AuditReader
class RestoreTestPages {

	private final RestoreTests tests;

	RestoreTestPages(RestoreTests tests) {
		this.tests = tests;
	}

	@GetMapping("/operations/restore-tests")
	String list(Model model) {
		model.addAttribute("latest", tests.latest().orElse(null));
		model.addAttribute("tests", tests.all());
		return "restore-tests";
	}

	@Access.SecurityOfficer
	@PostMapping("/operations/restore-tests/{testId}/report")
	String upload(@PathVariable String testId, @RequestParam(name = "file", required = false) MultipartFile file,
			Authentication auth, RedirectAttributes flash) throws IOException {
		try {
			tests.acceptReport(testId, file == null ? null : file.getBytes(), auth.getName());
			flash.addFlashAttribute("info", "Restore report accepted for " + testId);
		}
		catch (DomainException e) {
			flash.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/operations/restore-tests";
	}

}
