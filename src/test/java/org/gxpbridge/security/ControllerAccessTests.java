package org.gxpbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The second lock on our own API (DESIGN.md §5, P11-10d, P11-10g): every request-handling
 * method of every controller carries method security, so a URL rule that misses a path
 * (an encoded letter, a trailing slash) still meets a check.
 */
class ControllerAccessTests {

	@Test
	@Verifies("P11-10d")
	void everyControllerMethodCarriesMethodSecurity() throws Exception {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		List<String> handlers = new ArrayList<>();
		List<String> unguarded = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("org.gxpbridge")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			boolean classGuarded = MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY)
				.isPresent(PreAuthorize.class);
			for (Method method : type.getDeclaredMethods()) {
				if (!MergedAnnotations.from(method).isPresent(RequestMapping.class)) {
					continue;
				}
				handlers.add(type.getSimpleName() + "." + method.getName());
				if (!classGuarded && !MergedAnnotations.from(method).isPresent(PreAuthorize.class)) {
					unguarded.add(type.getSimpleName() + "." + method.getName());
				}
			}
		}
		assertThat(handlers).as("controllers found").hasSizeGreaterThan(30);
		assertThat(unguarded).as("handler methods without @PreAuthorize (use org.gxpbridge.security.Access)").isEmpty();
	}

}
