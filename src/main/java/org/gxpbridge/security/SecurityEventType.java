package org.gxpbridge.security;

/** What happened to an account or a credential; the audit trail chains these (P11-10e, P11-300d). */
public enum SecurityEventType {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_REFUSED_LOCKED,
    LOGIN_REFUSED_INACTIVE,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    ACCOUNT_CREATED,
    ACCOUNT_DEACTIVATED,
    ROLES_CHANGED,
    PASSWORD_CHANGED,
    PASSWORD_CHANGE_REFUSED,
    PASSWORD_RESET,
    ACCESS_DENIED
}
