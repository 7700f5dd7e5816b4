package org.gxpbridge.security.web;

import java.util.List;

import org.gxpbridge.security.Access;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.IdentityVerification;
import org.gxpbridge.security.IdentityVerificationMethod;
import org.gxpbridge.security.IdentityVerifications;
import org.gxpbridge.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The identity-verification record of a person (21 CFR 11.100(b), CHK-14): recorded by an
 * administrator or quality manager other than the person, read by those who inspect it.
 */
@RestController
@RequestMapping("/api/admin/users/{userId}/identity-verification")
class IdentityVerificationApi {

	record VerificationRequest(String method, String reference, String note) {
	}

	/** Whether the person may sign, the verification that counts, and all of them. */
	record VerificationStatus(String userId, boolean verified, IdentityVerification latest,
			List<IdentityVerification> history) {
	}

	private final IdentityVerifications verifications;

	private final Accounts accounts;

	IdentityVerificationApi(IdentityVerifications verifications, Accounts accounts) {
		this.verifications = verifications;
		this.accounts = accounts;
	}

	@Access.AuditReader
	@GetMapping
	VerificationStatus get(@PathVariable String userId) {
		String id = accounts.get(userId).userId();
		List<IdentityVerification> history = verifications.history(id);
		return new VerificationStatus(id, !history.isEmpty(), history.isEmpty() ? null : history.get(0), history);
	}

	@Access.IdentityVerifier
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	IdentityVerification verify(@PathVariable String userId, @RequestBody VerificationRequest body,
			Authentication auth) {
		return verifications.verify(userId, method(body.method()), body.reference(), body.note(), auth.getName());
	}

	static IdentityVerificationMethod method(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return IdentityVerificationMethod.valueOf(name.trim());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("identity_method_unknown",
					"Unknown method '" + name + "'; choose one of " + IdentityVerificationMethod.selectable());
		}
	}

}
