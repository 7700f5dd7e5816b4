/**
 * Documents and evidence: every SOP, policy, test report, threat model, audit evidence or
 * regulatory text enters through one ingestion path that trusts no file (type from
 * content, allow-list, size and Tika limits, bounded parsing with a timeout). Documents
 * are immutable and SHA-256-checked on every read; they attach to process instances and
 * tasks as evidence. The only module where Apache Tika types appear.
 */
@ApplicationModule(displayName = "Documents and evidence", allowedDependencies = { "regulation", "security", "shared" })
package org.gxpbridge.documents;

import org.springframework.modulith.ApplicationModule;
