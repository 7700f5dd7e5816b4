package org.gxpbridge.signature.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.gxpbridge.security.Access;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign a task (DESIGN.md §9) and read signatures back: manifestation and verification as
 * JSON, the DER CMS and the exact signed bytes for anyone who wants to check them with
 * their own tools.
 */
@RestController
@Access.AnyRole
class SignatureApi {

	/**
	 * The signer re-enters the password at every signature; the HTTP Basic session alone
	 * is not a signature.
	 */
	record SignBody(@NotBlank String meaning, @NotBlank String password, Map<String, Object> variables,
			String comment) {
		@Override
		public String toString() {
			return "SignBody[meaning=" + meaning + "]";
		}
	}

	private final Signatures signatures;

	SignatureApi(Signatures signatures) {
		this.signatures = signatures;
	}

	@Access.ContentWriter
	@PostMapping("/api/tasks/{taskId}/sign")
	SignatureView sign(@PathVariable String taskId, @Valid @RequestBody SignBody body, Authentication auth,
			HttpServletRequest request) {
		return signatures.sign(new SignRequest(taskId, auth.getName(), body.password(), body.meaning(),
				body.variables(), body.comment(), request.getRemoteAddr()));
	}

	@GetMapping("/api/tasks/{taskId}/signatures")
	List<SignatureView> ofTask(@PathVariable String taskId) {
		return signatures.forTask(taskId);
	}

	@GetMapping("/api/signatures")
	List<SignatureView> ofProcessInstance(@RequestParam String processInstanceId) {
		return signatures.forProcessInstance(processInstanceId);
	}

	@GetMapping("/api/signatures/{id}")
	SignatureView one(@PathVariable String id) {
		return signatures.find(id);
	}

	@GetMapping("/api/signatures/{id}/cms")
	ResponseEntity<byte[]> cms(@PathVariable String id) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/pkcs7-signature"))
			.header("Content-Disposition", "attachment; filename=\"signature-" + id + ".p7s\"")
			.body(signatures.cms(id));
	}

	@GetMapping("/api/signatures/{id}/content")
	ResponseEntity<byte[]> content(@PathVariable String id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header("Content-Disposition", "attachment; filename=\"signature-" + id + ".json\"")
			.body(signatures.content(id));
	}

	@GetMapping("/api/pki/ca.pem")
	ResponseEntity<String> caCertificate() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/x-pem-file"))
			.body(signatures.caCertificatePem());
	}

}
