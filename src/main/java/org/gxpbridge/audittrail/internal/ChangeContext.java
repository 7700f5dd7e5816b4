package org.gxpbridge.audittrail.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The reason for change and client address of the work on this thread: set explicitly by a module API
 * ({@link #withReason}) or taken from the HTTP request ({@code X-GxP-Reason}, remote address).
 */
public final class ChangeContext {

    public static final String REASON_HEADER = "X-GxP-Reason";
    private static final ThreadLocal<String> REASON = new ThreadLocal<>();

    private ChangeContext() {
    }

    public static <T> T withReason(String reason, Supplier<T> work) {
        String before = REASON.get();
        REASON.set(reason);
        try {
            return work.get();
        } finally {
            if (before == null) {
                REASON.remove();
            } else {
                REASON.set(before);
            }
        }
    }

    public static String reason() {
        String explicit = REASON.get();
        if (explicit != null) {
            return explicit;
        }
        HttpServletRequest request = request();
        String header = request == null ? null : request.getHeader(REASON_HEADER);
        return header == null || header.isBlank() ? null : header.trim();
    }

    public static String clientAddress() {
        HttpServletRequest request = request();
        return request == null ? null : request.getRemoteAddr();
    }

    private static HttpServletRequest request() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes s ? s.getRequest() : null;
    }
}
