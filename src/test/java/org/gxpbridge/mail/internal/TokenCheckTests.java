package org.gxpbridge.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import org.gxpbridge.mail.internal.LinkTokenStore.StoredLink;
import org.gxpbridge.security.Account;
import org.gxpbridge.security.AccountStatus;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.Sha256;
import org.junit.jupiter.api.Test;

/**
 * The one token check, for links and replies, in its order: unknown, foreign, closed
 * account (replies), used, expired. The order decides what an attacker or a closed
 * account learns and whether IT security is alerted.
 */
class TokenCheckTests {

	static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

	static final String TOKEN = "t".repeat(43);

	LinkTokenStore store = mock(LinkTokenStore.class);

	Accounts accounts = mock(Accounts.class);

	TokenCheck check = new TokenCheck(store, accounts, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void linkIsValidOnlyForItsUserAndTask() {
		stored(null, NOW.plusSeconds(60));
		assertThat(check.forLink(TOKEN, "task-1", "Reviewer").outcome()).isEqualTo(TokenOutcome.VALID);
		assertThat(check.forLink(TOKEN, "task-1", "approver").outcome()).isEqualTo(TokenOutcome.FOREIGN);
		assertThat(check.forLink(TOKEN, "task-2", "reviewer").outcome()).isEqualTo(TokenOutcome.FOREIGN);
		verify(accounts, never()).find(anyString());
	}

	@Test
	void foreignComesBeforeUsedSoAReplayTellsAStrangerNothing() {
		stored(NOW.minusSeconds(5), NOW.minusSeconds(1));
		assertThat(check.forLink(TOKEN, "task-1", "approver").outcome()).isEqualTo(TokenOutcome.FOREIGN);
		assertThat(check.forLink(TOKEN, "task-1", "reviewer").outcome()).isEqualTo(TokenOutcome.ALREADY_USED);
		stored(null, NOW);
		assertThat(check.forLink(TOKEN, "task-1", "reviewer").outcome()).as("expires at its instant")
			.isEqualTo(TokenOutcome.EXPIRED);
	}

	@Test
	void missingOrUnknownTokenIsUnknown() {
		when(store.find(anyString())).thenReturn(Optional.empty());
		assertThat(check.forLink(TOKEN, "task-1", "reviewer").outcome()).isEqualTo(TokenOutcome.UNKNOWN);
		assertThat(check.forReply(" ", "reviewer@example.test").outcome()).isEqualTo(TokenOutcome.UNKNOWN);
		assertThat(check.forLink(null, "task-1", "reviewer").outcome()).isEqualTo(TokenOutcome.UNKNOWN);
	}

	@Test
	void replyMustComeFromTheTokenUsersAddressAndAClosedAccountIsRefusedBeforeItsVoidedToken() {
		stored(NOW.minusSeconds(5), NOW.plusSeconds(60)); // voided when the account
															// closed
		account(AccountStatus.DEACTIVATED);
		assertThat(check.forReply(TOKEN, "mallory@example.test").outcome()).isEqualTo(TokenOutcome.FOREIGN);
		assertThat(check.forReply(TOKEN, "Reviewer@Example.test").outcome()).isEqualTo(TokenOutcome.ACCOUNT_INACTIVE);
	}

	@Test
	void replyFromTheActiveUserWithAFreshTokenIsValidAndUsedOnce() {
		stored(null, NOW.plusSeconds(60));
		account(AccountStatus.ACTIVE);
		TokenCheck.Verdict verdict = check.forReply(TOKEN, "reviewer@example.test");
		assertThat(verdict.valid()).isTrue();
		assertThat(verdict.account().userId()).isEqualTo("reviewer");
		when(store.markUsed(eq(Sha256.hex(TOKEN)), any(), eq(TokenCheck.VIA_REPLY))).thenReturn(true, false);
		assertThat(check.use(verdict, TokenCheck.VIA_REPLY)).isTrue();
		assertThat(check.use(verdict, TokenCheck.VIA_REPLY)).as("a concurrent second use loses").isFalse();
	}

	@Test
	void tokensInTheWrongHandsAlertAndOwnUsedOrExpiredOnesDoNot() {
		assertThat(TokenOutcome.UNKNOWN.alert()).isTrue();
		assertThat(TokenOutcome.FOREIGN.alert()).isTrue();
		assertThat(TokenOutcome.ACCOUNT_INACTIVE.alert()).isTrue();
		assertThat(TokenOutcome.ALREADY_USED.alert()).isFalse();
		assertThat(TokenOutcome.EXPIRED.alert()).isFalse();
	}

	void stored(Instant usedAt, Instant expiresAt) {
		when(store.find(Sha256.hex(TOKEN)))
			.thenReturn(Optional.of(new StoredLink(Sha256.hex(TOKEN), "task-1", "reviewer", expiresAt, usedAt)));
	}

	void account(AccountStatus status) {
		when(accounts.find("reviewer")).thenReturn(Optional.of(new Account("reviewer", "Rita Reviewer",
				"reviewer@example.test", Set.of(Role.REVIEWER), status, 0, NOW, false, null, NOW, "admin", null)));
	}

}
