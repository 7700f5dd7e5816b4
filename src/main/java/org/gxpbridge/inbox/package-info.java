/**
 * The task inbox: my tasks and my groups' tasks, the task page with its form rendered
 * from the Camunda Form in forms/, the instance's history so far, claim, unclaim and
 * completion. Works without the Camunda Tasklist.
 */
@ApplicationModule(displayName = "Task inbox",
		allowedDependencies = { "documents", "security", "shared", "signature", "workflow" })
package org.gxpbridge.inbox;

import org.springframework.modulith.ApplicationModule;
