package org.gxpbridge.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Arrays;

import org.gxpbridge.security.Role;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who sends a request in a web slice: a signed-in user holding exactly the given roles,
 * as the account provider would grant them after a successful login.
 */
public final class SliceUsers {

	private SliceUsers() {
	}

	public static RequestPostProcessor as(String userId, Role... roles) {
		return user(userId).roles(Arrays.stream(roles).map(Role::name).toArray(String[]::new));
	}

	public static RequestPostProcessor as(Role role) {
		return as(role.name().toLowerCase() + "-user", role);
	}

}
