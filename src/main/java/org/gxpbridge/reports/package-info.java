/**
 * Reports for inspectors, auditors and the quality unit (11.10(b), Annex 11 §8, CHK-06):
 * the records a person started or took part in ({@code /records}), the audit trail by
 * date, user, record type and action, open and overdue tasks, and every report another
 * module contributes through the {@link org.gxpbridge.reports.ReportProvider} SPI. The
 * dependency points one way: a lifecycle module implements the SPI and this module
 * collects the beans, knowing none of them. Every view and export is itself recorded in
 * the audit trail with the SHA-256 of what was handed out ({@link ReportHandedOut}).
 */
@ApplicationModule(displayName = "Reports", allowedDependencies = { "audittrail", "security", "shared", "signature" })
package org.gxpbridge.reports;

import org.springframework.modulith.ApplicationModule;
