package org.gxpbridge.documents.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gxpbridge.documents.Citation;
import org.gxpbridge.documents.DocumentContent;
import org.gxpbridge.documents.DocumentInfo;
import org.gxpbridge.documents.DocumentKind;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.NewDocument;
import org.gxpbridge.documents.SearchHit;
import org.gxpbridge.security.Access;
import org.gxpbridge.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * DESIGN.md §9: upload, metadata, original bytes, extracted text, citations and search.
 */
@RestController
@Access.AnyRole
class DocumentsApi {

	private final Documents documents;

	DocumentsApi(Documents documents) {
		this.documents = documents;
	}

	// no "consumes": a request that is not multipart reaches UploadErrors and gets a JSON
	// error saying so
	@Access.ContentWriter
	@PostMapping("/api/documents")
	ResponseEntity<DocumentInfo> upload(@RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String title, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String supersedes) throws IOException {
		ContentRoles.require("upload documents");
		DocumentInfo stored = documents.upload(new NewDocument(file.getOriginalFilename(), file.getBytes(), title,
				DocumentKind.parse(kind), supersedes), CurrentUser.idOrSystem());
		return ResponseEntity.created(URI.create("/api/documents/" + stored.id())).body(stored);
	}

	@GetMapping("/api/documents/{id}")
	DocumentInfo info(@PathVariable String id) {
		return documents.info(id);
	}

	@GetMapping("/api/documents/{id}/content")
	ResponseEntity<byte[]> content(@PathVariable String id) {
		DocumentContent content = documents.content(id, CurrentUser.idOrSystem());
		// always a download, never rendered in our origin: an uploaded HTML page must not
		// run as part of the server
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

	@GetMapping("/api/documents/{id}/text")
	ResponseEntity<String> text(@PathVariable String id) {
		// content type set here, not negotiated: a client asking for JSON still gets the
		// text, not a 406
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(documents.text(id, CurrentUser.idOrSystem()));
	}

	@GetMapping("/api/documents/{id}/citations")
	List<Citation> citations(@PathVariable String id) {
		return documents.citations(id);
	}

	@GetMapping("/api/documents")
	List<SearchHit> search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
		return documents.search(q, limit);
	}

}
