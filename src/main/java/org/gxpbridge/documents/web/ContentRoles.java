package org.gxpbridge.documents.web;

import org.gxpbridge.security.Role;
import org.gxpbridge.shared.NotPermittedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Documents are GxP content: only content roles may add them or make them evidence. The
 * security chain already refuses every write of an INSPECTOR; this also keeps an ADMIN
 * (no rights over content, CHK-16) out.
 */
final class ContentRoles {

	private ContentRoles() {
	}

	static void require(String action) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean allowed = auth != null && auth.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(a -> Role.CONTENT_ROLES.stream().anyMatch(r -> r.authority().equals(a)));
		if (!allowed) {
			throw new NotPermittedException("forbidden",
					"Only content roles (" + Role.CONTENT_ROLES + ") may " + action);
		}
	}

}
