-- Consecutive failed signing attempts per user (P11-300d, CHK-11). Kept apart from gxp_user.failed_attempts because
-- on the stateless API every request's HTTP Basic login succeeds and resets that counter before the signature's
-- password is checked; this streak is reset only by a successful signature or a new password.
create table gxp_signature_failure (
    user_id        varchar(64) not null primary key references gxp_user (user_id),
    consecutive    integer     not null,
    last_failed_at timestamp with time zone not null
);
