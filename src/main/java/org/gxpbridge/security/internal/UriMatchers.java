package org.gxpbridge.security.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Matches Spring {@link PathPattern}s on the path the servlets will route: decoded
 * ({@code %61dmin} is {@code admin}), without path parameters ({@code ;jsessionid=}),
 * with {@code .} and {@code ..} resolved, repeated slashes collapsed and the trailing
 * slash dropped. The raw request URI would let {@code /api/%61dmin/users} or
 * {@code .../start/} slip past a rule. Engine REST is a Jersey servlet beside Spring MVC,
 * so the whole path within the application counts, not the servlet-relative one. Spring
 * Security's firewall rejects encoded slashes, dots and percent signs before this.
 */
final class UriMatchers {

	private static final UrlPathHelper DECODING = new UrlPathHelper();

	static {
		DECODING.setUrlDecode(true);
		DECODING.setRemoveSemicolonContent(true);
	}

	private UriMatchers() {
	}

	static RequestMatcher uri(String... patterns) {
		return uri(null, patterns);
	}

	static RequestMatcher uri(HttpMethod method, String... patterns) {
		return new OrRequestMatcher(Arrays.stream(patterns).map(p -> {
			PathPattern pattern = PathPatternParser.defaultInstance.parse(p);
			return (RequestMatcher) request -> (method == null || method.matches(request.getMethod()))
					&& pattern.matches(PathContainer.parsePath(normalizedPath(request)));
		}).toList());
	}

	/** The decoded, normalised path within the application. */
	static String normalizedPath(HttpServletRequest request) {
		String decoded = DECODING.getPathWithinApplication(request);
		List<String> segments = new ArrayList<>();
		for (String segment : decoded.split("/")) {
			if (segment.isEmpty() || ".".equals(segment)) {
				continue;
			}
			if ("..".equals(segment)) {
				if (!segments.isEmpty()) {
					segments.remove(segments.size() - 1);
				}
				continue;
			}
			segments.add(segment);
		}
		return "/" + String.join("/", segments);
	}

}
