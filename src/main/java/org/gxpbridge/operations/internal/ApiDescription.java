package org.gxpbridge.operations.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.modulith.ApplicationModule;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The OpenAPI description of {@code /api/**} (springdoc, {@code GET /v3/api-docs}): one
 * tag per module, HTTP Basic as the only scheme, and for every operation the roles its
 * method security admits, read from the same {@code @PreAuthorize} that enforces them
 * ({@code org.gxpbridge.security.Access}), so the description cannot drift from the
 * rules. Engine REST is described by Camunda's own {@code openapi.json}
 * (docs/operations.md).
 */
@Configuration
class ApiDescription {

	static final String SCHEME = "basicAuth";

	static final String ROLES = "x-gxp-roles";

	private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

	@Bean
	OpenAPI gxpOpenApi(ObjectProvider<BuildProperties> build) {
		Optional<BuildProperties> b = Optional.ofNullable(build.getIfAvailable());
		String version = b.map(BuildProperties::getVersion)
			.orElseGet(() -> Optional.ofNullable(getClass().getPackage().getImplementationVersion())
				.orElse("development"));
		return new OpenAPI()
			.info(new Info().title(b.map(BuildProperties::getName).orElse("GxP Bridge") + " API")
				.version(version)
				.description("The server's own REST API. Every call authenticates with HTTP Basic (a personal account; "
						+ "no session is kept). Each operation names the roles that may call it (" + ROLES + "); "
						+ "the engine's authorization and the signature policy may refuse further. Camunda's engine "
						+ "REST (/engine-rest) is described by Camunda's own openapi.json."))
			.components(new Components().addSecuritySchemes(SCHEME,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList(SCHEME));
	}

	/** Module tag and roles for each operation, from the handler's package and guard. */
	@Bean
	OperationCustomizer moduleTagsAndRoles() {
		return (operation, handler) -> {
			String[] packages = handler.getBeanType().getPackageName().split("\\.");
			String module = packages.length > 2 ? packages[2] : "server";
			operation.setTags(List.of(module));
			PreAuthorize guard = MergedAnnotations.from(handler.getMethod())
				.get(PreAuthorize.class)
				.synthesize(a -> a.isPresent())
				.orElseGet(() -> MergedAnnotations.from(handler.getBeanType(), SearchStrategy.TYPE_HIERARCHY)
					.get(PreAuthorize.class)
					.synthesize(a -> a.isPresent())
					.orElse(null));
			List<String> roles = roles(guard);
			operation.addExtension(ROLES, roles);
			String who = "Roles: " + String.join(", ", roles);
			operation
				.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
			return operation;
		};
	}

	/**
	 * One tag per module, described by the module's name and the union of the roles of
	 * its operations.
	 */
	@Bean
	OpenApiCustomizer moduleTagDescriptions() {
		return api -> {
			Map<String, TreeSet<String>> rolesByTag = new TreeMap<>();
			if (api.getPaths() != null) {
				api.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
					Object roles = op.getExtensions() == null ? null : op.getExtensions().get(ROLES);
					for (String tag : op.getTags() == null ? List.<String>of() : op.getTags()) {
						TreeSet<String> union = rolesByTag.computeIfAbsent(tag, t -> new TreeSet<>());
						if (roles instanceof List<?> list) {
							list.forEach(r -> union.add(r.toString()));
						}
					}
				}));
			}
			List<Tag> tags = new ArrayList<>();
			rolesByTag.forEach((tag, roles) -> tags.add(new Tag().name(tag)
				.description(
						displayName(tag) + ". Roles (per operation in " + ROLES + "): " + String.join(", ", roles))));
			api.setTags(tags);
		};
	}

	static List<String> roles(PreAuthorize guard) {
		if (guard == null) {
			return List.of("none: refused");
		}
		String expression = guard.value();
		if (expression.contains("permitAll")) {
			return List.of("anyone");
		}
		if (expression.contains("isAuthenticated")) {
			return List.of("any signed-in user");
		}
		List<String> roles = new ArrayList<>();
		Matcher m = ROLE.matcher(expression);
		while (m.find()) {
			roles.add(m.group(1));
		}
		return roles;
	}

	private static String displayName(String module) {
		try {
			Class<?> info = Class.forName("org.gxpbridge." + module + ".package-info");
			ApplicationModule annotation = info.getAnnotation(ApplicationModule.class);
			return annotation == null || annotation.displayName().isEmpty() ? module : annotation.displayName();
		}
		catch (ClassNotFoundException e) {
			return module;
		}
	}

}
