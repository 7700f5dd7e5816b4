package org.gxpbridge.reports.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The outer method lock on the reports: the roles of the reports index (issue 15). Each
 * report's own readers are checked again by {@link org.gxpbridge.reports.Reports}; the
 * audit trail also opens to IT security and administrators, as {@code /api/audit} does.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('QUALITY_MANAGER','AUDITOR','INSPECTOR','IT_SECURITY','ADMIN')")
@interface ReportAccess {

}
