package org.gxpbridge.controls.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.gxpbridge.controls.ControlledDocument;
import org.gxpbridge.controls.ControlledDocuments;
import org.gxpbridge.controls.Training;
import org.gxpbridge.controls.TrainingCurriculum;
import org.gxpbridge.controls.TrainingStatus;
import org.gxpbridge.documents.DocumentContent;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.security.Access;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of controlled documents and training: the register (every version, marked,
 * and which was effective on a date), a version's file, and the training matrix with the
 * curriculum that quality managers edit.
 */
@Controller
class ControlsPages {

	private final ControlledDocuments register;

	private final Training training;

	private final TrainingCurriculum curriculum;

	private final Documents documents;

	ControlsPages(ControlledDocuments register, Training training, TrainingCurriculum curriculum, Documents documents) {
		this.register = register;
		this.training = training;
		this.curriculum = curriculum;
		this.documents = documents;
	}

	@Access.AnyRole
	@GetMapping("/records/documents")
	String register(@RequestParam(required = false) String on, Model model) {
		model.addAttribute("documents", register.all());
		String day = on == null || on.isBlank() ? LocalDate.now().toString() : on.trim();
		model.addAttribute("on", day);
		try {
			Instant at = ControlledDocumentsApi.instant(day);
			model.addAttribute("effective", register.effectiveOn(at));
		}
		catch (DomainException e) {
			model.addAttribute("error", e.getMessage());
			model.addAttribute("effective", List.of());
		}
		return "records-documents";
	}

	@Access.AnyRole
	@GetMapping("/records/documents/{documentNumber}/{version}/file")
	ResponseEntity<byte[]> file(@PathVariable String documentNumber, @PathVariable String version,
			Authentication auth) {
		ControlledDocument doc = register.get(documentNumber, version);
		if (doc.fileDocumentId() == null) {
			throw new NotFoundException("no_file",
					"Document " + documentNumber + " version " + version + " was registered without a file");
		}
		DocumentContent content = documents.content(doc.fileDocumentId(), auth.getName());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.info().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(content.info().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header("X-Content-SHA256", content.info().sha256())
			.body(content.bytes());
	}

	@Access.AnyRole
	@GetMapping("/training/matrix")
	String matrix(Model model) {
		List<TrainingStatus> cells = training.matrix();
		TreeSet<String> columns = new TreeSet<>();
		Map<String, Map<String, TrainingStatus>> rows = new TreeMap<>();
		for (TrainingStatus cell : cells) {
			columns.add(cell.documentNumber());
			rows.computeIfAbsent(cell.userId(), u -> new TreeMap<>()).put(cell.documentNumber(), cell);
		}
		model.addAttribute("columns", columns);
		model.addAttribute("rows", rows);
		model.addAttribute("curriculum", curriculum.entries());
		model.addAttribute("roles", List.of(Role.PROCESS_OWNER, Role.QUALITY_MANAGER, Role.REVIEWER, Role.APPROVER,
				Role.IT_SECURITY, Role.AUDITOR));
		return "training-matrix";
	}

	@Access.QualityManager
	@PostMapping("/training/curriculum")
	String addToCurriculum(@RequestParam String role, @RequestParam String documentNumber,
			@RequestParam(required = false) String reason, Authentication auth, RedirectAttributes flash) {
		try {
			curriculum.add(TrainingApi.role(role), documentNumber, auth.getName(), reason);
			flash.addFlashAttribute("info", documentNumber + " added to the curriculum of " + role
					+ "; its effective version is assigned to the people of that role");
		}
		catch (DomainException e) {
			flash.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/training/matrix";
	}

}
