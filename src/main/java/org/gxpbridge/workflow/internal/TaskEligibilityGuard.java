package org.gxpbridge.workflow.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.gxpbridge.security.Account;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;

/**
 * Authority check on every user task of every process (P11-10g, CHK-15, CHK-16): a task may be claimed by, assigned
 * to and completed by only a person who is its candidate (by user or by group). Administrators and inspectors are
 * candidates of nothing, so they complete nothing. Work the engine does on its own (no authenticated user) passes.
 */
class TaskEligibilityGuard implements TaskListener {

    private final Accounts accounts;

    TaskEligibilityGuard(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (auth == null || auth.getUserId() == null) {
            return;
        }
        String actor = auth.getUserId();
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && task.getAssignee() != null) {
            if (!isEligible(task, task.getAssignee())) {
                throw new AuthorizationException("User '" + task.getAssignee() + "' is not a candidate of task '"
                        + task.getName() + "' and cannot be assigned to it");
            }
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String assignee = task.getAssignee();
            boolean allowed = assignee != null ? assignee.equals(actor) : isEligible(task, actor);
            if (!allowed) {
                throw new AuthorizationException("User '" + actor + "' may not complete task '" + task.getName() + "': "
                        + (assignee != null ? "it is assigned to '" + assignee + "'" : "they are not a candidate"));
            }
        }
    }

    private boolean isEligible(DelegateTask task, String userId) {
        Account account = accounts.find(userId).orElse(null);
        if (account == null) {
            return false;
        }
        Set<String> roles = account.roles().stream().map(Role::name).collect(Collectors.toSet());
        for (IdentityLink link : task.getCandidates()) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (account.userId().equals(link.getUserId()) || (link.getGroupId() != null && roles.contains(link.getGroupId()))) {
                return true;
            }
        }
        return false;
    }

    /** Adds the guard to every user task at deployment: one mechanism for all diagrams. */
    static class ParseListener extends AbstractBpmnParseListener {
        private final TaskEligibilityGuard guard;

        ParseListener(Accounts accounts) {
            this.guard = new TaskEligibilityGuard(accounts);
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            definition.addTaskListener(EVENTNAME_ASSIGNMENT, guard);
            definition.addTaskListener(EVENTNAME_COMPLETE, guard);
        }
    }
}
