package org.gxpbridge.workflow.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gxpbridge.security.CurrentUser;
import org.gxpbridge.workflow.Workflow;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Engine REST starts a process only for its candidate starters (camunda:candidateStarterGroups), as the inbox does:
 * without Camunda's authorization checks the engine itself would let anyone start anything (P11-10g).
 */
@Configuration
class EngineRestStartGuard {

    private static final Pattern START = Pattern.compile(
            "^/engine-rest/process-definition/(key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(start|submit-form)$");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineRestStartFilter(Workflow workflow) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Matcher m = START.matcher(request.getRequestURI().substring(request.getContextPath().length()));
                if ("POST".equals(request.getMethod()) && m.matches() && CurrentUser.id().isPresent()) {
                    boolean byKey = m.group(2) != null;
                    if (!workflow.mayStart(byKey ? m.group(2) : m.group(3), byKey, CurrentUser.id().get())) {
                        response.setStatus(403);
                        response.setContentType("application/json");
                        response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"Your roles do not allow starting this process\"}");
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/engine-rest/process-definition/*");
        registration.setOrder(203);
        return registration;
    }
}
