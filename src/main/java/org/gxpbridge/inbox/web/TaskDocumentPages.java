package org.gxpbridge.inbox.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.gxpbridge.documents.DocumentContent;
import org.gxpbridge.inbox.Inbox;
import org.gxpbridge.security.Access;
import org.gxpbridge.shared.DomainException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents of a task's record on the task page: download the file a reviewer or
 * approver reads (the one whose SHA-256 their signature covers), and attach a file to the
 * task being worked on (e.g. a revised version).
 */
@Controller
class TaskDocumentPages {

	private final Inbox inbox;

	TaskDocumentPages(Inbox inbox) {
		this.inbox = inbox;
	}

	@Access.AnyRole
	@GetMapping("/inbox/tasks/{taskId}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable String taskId, @PathVariable String documentId, Authentication auth) {
		DocumentContent content = inbox.document(taskId, documentId, auth.getName());
		// a download, never rendered in our origin
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

	@Access.ContentWriter
	@PostMapping("/inbox/tasks/{taskId}/documents")
	String attach(@PathVariable String taskId, @RequestParam("file") MultipartFile file, Authentication auth,
			RedirectAttributes flash) {
		try {
			var attached = inbox.attach(taskId, auth.getName(),
					new Inbox.Upload("file", file.getOriginalFilename(), file.getBytes()));
			flash.addFlashAttribute("info", "Attached " + attached.fileName() + " (SHA-256 " + attached.sha256() + ")");
		}
		catch (DomainException e) {
			flash.addFlashAttribute("error", e.getMessage());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return "redirect:/inbox/tasks/" + taskId;
	}

	/** The files of a multipart form (start form file pickers); none for a plain form. */
	static List<Inbox.Upload> uploads(HttpServletRequest request) {
		List<Inbox.Upload> uploads = new ArrayList<>();
		if (request instanceof MultipartHttpServletRequest multipart) {
			multipart.getFileMap().forEach((field, file) -> {
				try {
					if (!file.isEmpty()) {
						uploads.add(new Inbox.Upload(field, file.getOriginalFilename(), file.getBytes()));
					}
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		return uploads;
	}

}
