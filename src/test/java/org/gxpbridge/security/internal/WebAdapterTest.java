package org.gxpbridge.security.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.IntegrationClients;
import org.gxpbridge.security.web.JsonSecurityResponses;
import org.gxpbridge.security.web.PageSecurityResponses;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * One web adapter alone (a {@code @WebMvcTest} slice): its controllers, the shared JSON
 * error handling, and the server's own security, never a disabled one: the filter chains
 * of {@link WebSecurityConfig} and {@link OperationsWebSecurity} with their URL rules and
 * JSON 401/403 answers, and method security, so every {@code security.Access} annotation
 * is checked. The module APIs behind the adapter are mocks: the slice proves mapping,
 * validation, status codes, error bodies and who may call, the module tests and
 * full-server tests prove the rest. {@link Accounts} is a mock too: the 403 handler
 * records each refusal through it, so a slice can check that a refusal is recorded.
 * {@link IntegrationClients} is a mock as well (the API chain's bearer filter needs it):
 * no token is registered in a slice, so a bearer request is refused there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({ WebSecurityConfig.class, OperationsWebSecurity.class, JsonSecurityResponses.class,
		PageSecurityResponses.class, AccountAuthenticationProvider.class })
@MockitoBean(types = { Accounts.class, IntegrationClients.class })
public @interface WebAdapterTest {

	/** The controllers under test; none means every controller (never wanted here). */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

}
