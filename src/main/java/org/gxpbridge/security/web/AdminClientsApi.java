package org.gxpbridge.security.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gxpbridge.security.Access;
import org.gxpbridge.security.IntegrationClient;
import org.gxpbridge.security.IntegrationClients;
import org.gxpbridge.security.RegisteredClient;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.ReasonForChange;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of integration clients for ADMIN (issue 16 item 7): register (the answer
 * carries the token, the only time it is shown), list, revoke. Revoking needs a reason
 * for change, in the body's {@code reason} or the {@code X-GxP-Reason} header (422
 * {@code reason_required} without).
 */
@RestController
@RequestMapping("/api/admin/clients")
@Access.Admin
class AdminClientsApi {

	record Registration(String name, String ownerId, Set<Role> roles, Instant expiresAt) {
	}

	record Registered(IntegrationClient client, String token, String notice) {
	}

	record Reason(String reason) {
	}

	private final IntegrationClients clients;

	AdminClientsApi(IntegrationClients clients) {
		this.clients = clients;
	}

	@GetMapping
	List<IntegrationClient> list() {
		return clients.all();
	}

	@GetMapping("/{clientId}")
	IntegrationClient get(@PathVariable String clientId) {
		return clients.get(clientId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Registered register(@RequestBody Registration body, Authentication auth) {
		RegisteredClient registered = clients.register(body.name(), body.ownerId(), body.roles(), body.expiresAt(),
				auth.getName());
		return new Registered(registered.client(), registered.token(),
				"Give this token to the client's owner now: the server keeps only its SHA-256 and cannot show it again. "
						+ "The client sends it as 'Authorization: Bearer <token>'.");
	}

	@DeleteMapping("/{clientId}")
	Map<String, Object> revoke(@PathVariable String clientId, @RequestBody(required = false) Reason body,
			Authentication auth) {
		String given = body == null ? null : body.reason();
		String reason = given != null && !given.isBlank() ? given : ReasonForChange.current().orElse(null);
		IntegrationClient revoked = clients.revoke(clientId, reason, auth.getName());
		return Map.of("status", "revoked", "client", revoked);
	}

}
