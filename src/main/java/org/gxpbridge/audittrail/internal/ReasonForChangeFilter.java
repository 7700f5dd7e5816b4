package org.gxpbridge.audittrail.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * EU Annex 11 §9 / CHK-02: a change to a running process's variables through the engine REST API (or the Cockpit's
 * copy of it) needs a reason in {@code X-GxP-Reason}; without one it is refused with 422 before the engine is
 * touched. The reason then lands in every ledger entry of that request. Completing a task with variables is not such
 * a change. Deleting engine history or changing its removal time through REST is refused (CHK-19): history leaves
 * only through cleanup after its retention. Registered as an ordinary filter bean, so it runs after Spring Security.
 */
@Component
@ConditionalOnWebApplication
class ReasonForChangeFilter extends OncePerRequestFilter {

    private static final String ENGINE = "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)";
    private static final Pattern VARIABLE_CHANGE = Pattern.compile(ENGINE + "(?:"
            + "/(?:process-instance|execution|task)/[^/]+/(?:variables|localVariables)(?:/.*)?"
            + "|/process-instance/[^/]+/modification(?:-async)?"
            + "|/process-instance/variables-async"
            + "|/modification/execute(?:Async)?)$");
    private static final Pattern HISTORY_DELETION = Pattern.compile(ENGINE + "/history/.*");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean writes = "PUT".equals(method) || "POST".equals(method) || "DELETE".equals(method);
        if (writes && isHistoryDeletion(method, path)) {
            refuse(response, 403, "HistoryDeletionRefused",
                    "Engine history is the audit trail and cannot be deleted through the API; it leaves only through retention-checked history cleanup (CHK-19)");
            return;
        }
        if (writes && VARIABLE_CHANGE.matcher(path).matches() && ChangeContext.reason() == null) {
            refuse(response, 422, "ReasonForChangeRequired",
                    "A change of a running process's data needs a reason: send it in the X-GxP-Reason header (EU Annex 11 §9)");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isHistoryDeletion(String method, String path) {
        return HISTORY_DELETION.matcher(path).matches()
                && ("DELETE".equals(method) || path.endsWith("/delete") || path.contains("/set-removal-time"));
    }

    private static void refuse(HttpServletResponse response, int status, String type, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"" + type + "\",\"status\":" + status + ",\"message\":\"" + message + "\"}");
    }
}
