/**
 * The inspection room (issue 15 item 5, 11.10(b), CHK-06, CHK-17, CHK-18): an inspector
 * files requests during an inspection; the quality team (back room) assigns, prepares and
 * reviews the response in {@code InspectionRequestProcess}; the published response
 * reaches the inspector with links to the exported records (dossiers). Every step is
 * timed and recorded in the module's table and the audit trail. The front room sees only
 * the requests its account filed; the back room sees all.
 */
@ApplicationModule(displayName = "Inspection room", allowedDependencies = { "security", "shared", "workflow" })
package org.gxpbridge.inspection;

import org.springframework.modulith.ApplicationModule;
