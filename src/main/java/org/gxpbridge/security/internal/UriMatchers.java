package org.gxpbridge.security.internal;

import java.util.Arrays;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.AntPathMatcher;

/**
 * Matches on the full request path, whatever servlet serves it. Engine REST is a Jersey servlet beside Spring MVC,
 * so servlet-relative matchers would let /engine-rest/** fall through to the page rules.
 */
final class UriMatchers {

    private static final AntPathMatcher ANT = new AntPathMatcher();

    private UriMatchers() {
    }

    static RequestMatcher uri(String... patterns) {
        return uri(null, patterns);
    }

    static RequestMatcher uri(HttpMethod method, String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns).map(p -> (RequestMatcher) request -> {
            if (method != null && !method.matches(request.getMethod())) {
                return false;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return ANT.match(p, path);
        }).toList());
    }
}
