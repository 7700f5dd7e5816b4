package org.gxpbridge.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gxpbridge.support.SliceUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gxpbridge.security.Account;
import org.gxpbridge.security.AccountException;
import org.gxpbridge.security.AccountStatus;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
import org.gxpbridge.security.SecuritySettings;
import org.gxpbridge.security.internal.WebAdapterTest;
import org.gxpbridge.shared.ReasonForChange;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.stubbing.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The accounts adapter alone (P11-300, CHK-10/13/16): the caller's own account, user
 * administration for ADMIN only, and a due password change that shuts every other door.
 * What the account rules are is proved by AccountControlsTests against the real store.
 */
@WebAdapterTest({ AccountApi.class, AdminUsersApi.class })
@Verifies({ "A11-5", "URS-02" })
class AccountsWebTests {

	static final Account QM = new Account("qm-1", "Quality Manager", "qm@gxp-bridge.test", Set.of(Role.QUALITY_MANAGER),
			AccountStatus.ACTIVE, 0, Instant.parse("2026-11-01T00:00:00Z"), false, null,
			Instant.parse("2026-01-01T00:00:00Z"), "admin", null);

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyoneSeesTheirOwnAccountAndWhenThePasswordExpires(Role role) throws Exception {
		when(accounts.get("qm-1")).thenReturn(QM);
		mvc.perform(get("/api/account").with(as("qm-1", role)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.userId").value("qm-1"))
			.andExpect(jsonPath("$.passwordChangeRequired").value(false))
			.andExpect(jsonPath("$.passwordExpiresAt").value("2027-01-30T00:00:00Z"));
	}

	@Test
	void aDuePasswordChangeOpensOnlyTheAccountAndAnswers403ElsewhereSayingWhy() throws Exception {
		when(accounts.get("qm-1")).thenReturn(QM);
		mvc.perform(get("/api/account").with(mustChange()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passwordChangeRequired").value(true));
		mvc.perform(post("/api/account/password").contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\":\"Temp-Passw0rd-1\",\"newPassword\":\"Own-Passw0rd-2026\"}")
			.with(mustChange())).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("changed"));
		verify(accounts).changePassword(eq("qm-1"), eq("Temp-Passw0rd-1"), eq("Own-Passw0rd-2026"), any());
		mvc.perform(get("/api/admin/users").with(mustChange()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("password_change_required"));
	}

	@Test
	void aPasswordChangeNeedsBothPasswordsAndKeepsTheAccountsRefusals() throws Exception {
		mvc.perform(post("/api/account/password").contentType(MediaType.APPLICATION_JSON)
			.content("{\"newPassword\":\"Own-Passw0rd-2026\"}")
			.with(as("qm-1", Role.QUALITY_MANAGER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("invalid_request"))
			.andExpect(jsonPath("$.fieldErrors.currentPassword").exists());
		doThrow(AccountException.policy(List.of("one of your last 5 passwords"))).when(accounts)
			.changePassword(eq("qm-1"), anyString(), eq("Old-Passw0rd-2025"), any());
		mvc.perform(post("/api/account/password").contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\":\"Current-Passw0rd-1\",\"newPassword\":\"Old-Passw0rd-2025\"}")
			.with(as("qm-1", Role.QUALITY_MANAGER)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.error").value("policy_violation"));
	}

	@Test
	void nobodySignedInGetsAJson401() throws Exception {
		mvc.perform(get("/api/account"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("unauthorized"));
	}

	@Test
	void anAdministratorCreatesAUserInTheirOwnName() throws Exception {
		when(accounts.create(any(), eq("admin-1"))).thenReturn(QM);
		mvc.perform(post("/api/admin/users").contentType(MediaType.APPLICATION_JSON)
			.content("{\"userId\":\"qm-1\",\"fullName\":\"Quality Manager\",\"email\":\"qm@gxp-bridge.test\","
					+ "\"roles\":[\"QUALITY_MANAGER\"],\"initialPassword\":\"Initial-Passw0rd-1\"}")
			.with(as("admin-1", Role.ADMIN)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.userId").value("qm-1"));
		verify(accounts).create(eq(new NewAccount("qm-1", "Quality Manager", "qm@gxp-bridge.test",
				Set.of(Role.QUALITY_MANAGER), "Initial-Passw0rd-1", null)), eq("admin-1"));
	}

	@Test
	void aNewUserNeedsEveryFieldAndAKnownRole() throws Exception {
		mvc.perform(post("/api/admin/users").contentType(MediaType.APPLICATION_JSON)
			.content("{\"userId\":\"x\",\"roles\":[]}")
			.with(as(Role.ADMIN)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("invalid_request"))
			.andExpect(jsonPath("$.fieldErrors.roles").exists())
			.andExpect(jsonPath("$.fieldErrors.initialPassword").exists());
		mvc.perform(put("/api/admin/users/qm-1/roles").contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[\"CHEF\"]}")
			.with(as(Role.ADMIN)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("malformed_request"));
		verify(accounts, never()).create(any(), anyString());
		verify(accounts, never()).changeRoles(anyString(), any(), anyString());
	}

	@Test
	void theAccountsRefusalsKeepTheirStatusAndCode() throws Exception {
		when(accounts.get("ghost")).thenThrow(AccountException.notFound("ghost"));
		mvc.perform(get("/api/admin/users/ghost").with(as(Role.ADMIN)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("account_not_found"));
		when(accounts.create(any(), anyString())).thenThrow(AccountException.conflict("qm-1 exists"));
		mvc.perform(post("/api/admin/users").contentType(MediaType.APPLICATION_JSON)
			.content("{\"userId\":\"qm-1\",\"fullName\":\"Q\",\"email\":\"q@x.test\",\"roles\":[\"APPROVER\"],"
					+ "\"initialPassword\":\"Initial-Passw0rd-1\"}")
			.with(as(Role.ADMIN)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("account_conflict"));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
	void onlyAdministratorsManageUsersAndEachRefusalIsRecorded(Role role) throws Exception {
		mvc.perform(get("/api/admin/users").with(as(role)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("forbidden"));
		mvc.perform(post("/api/admin/users/qm-1/unlock").with(as(role)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("forbidden"));
		verify(accounts, never()).all();
		verify(accounts, never()).unlock(anyString(), anyString());
		verify(accounts).recordAccessDenied(eq(role.name().toLowerCase() + "-user"), any(),
				eq("POST /api/admin/users/qm-1/unlock"));
	}

	@Test
	void anAdministratorUnlocksDeactivatesAndResetsInTheirOwnNameWithTheReason() throws Exception {
		List<String> reasons = new ArrayList<>();
		Answer<Object> seeReason = call -> {
			reasons.add(ReasonForChange.current().orElse(null));
			return null;
		};
		doAnswer(seeReason).when(accounts).unlock("qm-1", "admin-1");
		doAnswer(seeReason).when(accounts).deactivate("qm-1", "admin-1");
		doAnswer(seeReason).when(accounts).resetPassword("qm-1", "Temp-Passw0rd-1", "admin-1");
		mvc.perform(post("/api/admin/users/qm-1/unlock").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Identity confirmed by phone\"}")
			.with(as("admin-1", Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("unlocked"));
		verify(accounts).unlock("qm-1", "admin-1");
		mvc.perform(post("/api/admin/users/qm-1/deactivate").header(ReasonForChange.HEADER, "Leaver")
			.with(as("admin-1", Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("deactivated"));
		verify(accounts).deactivate("qm-1", "admin-1");
		mvc.perform(post("/api/admin/users/qm-1/password-reset").contentType(MediaType.APPLICATION_JSON)
			.content("{\"temporaryPassword\":\"Temp-Passw0rd-1\",\"reason\":\"Forgotten password\"}")
			.with(as("admin-1", Role.ADMIN))).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("reset"));
		verify(accounts).resetPassword("qm-1", "Temp-Passw0rd-1", "admin-1");
		assertThat(reasons).containsExactly("Identity confirmed by phone", "Leaver", "Forgotten password");
	}

	@Test
	@Verifies({ "P11-10d", "P11-10g", "A11-9" })
	void refusesAnAccountChangeWithoutAReasonBeforeTouchingTheAccount() throws Exception {
		mvc.perform(post("/api/admin/users/qm-1/unlock").with(as("admin-1", Role.ADMIN)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.error").value("reason_required"));
		mvc.perform(post("/api/admin/users/qm-1/deactivate").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"  \"}")
			.with(as("admin-1", Role.ADMIN)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.error").value("reason_required"));
		mvc.perform(post("/api/admin/users/qm-1/password-reset").contentType(MediaType.APPLICATION_JSON)
			.content("{\"temporaryPassword\":\"Temp-Passw0rd-1\"}")
			.with(as("admin-1", Role.ADMIN)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.message").value(containsString("reason")));
		mvc.perform(put("/api/admin/users/qm-1/roles").contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[\"REVIEWER\"]}")
			.with(as("admin-1", Role.ADMIN)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.error").value("reason_required"));
		mvc.perform(put("/api/admin/users/qm-1/access-period").contentType(MediaType.APPLICATION_JSON)
			.content("{\"validUntil\":\"2099-01-01T00:00:00Z\"}")
			.with(as("admin-1", Role.ADMIN)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.error").value("reason_required"));
		verify(accounts, never()).unlock(anyString(), anyString());
		verify(accounts, never()).deactivate(anyString(), anyString());
		verify(accounts, never()).resetPassword(anyString(), anyString(), anyString());
		verify(accounts, never()).changeRoles(anyString(), any(), anyString());
		verify(accounts, never()).changeAccessPeriod(anyString(), any(), anyString());
	}

	/**
	 * The password age limit comes from the real settings (application.yml), as the
	 * adapter reports it.
	 */
	@TestConfiguration
	@EnableConfigurationProperties(SecuritySettings.class)
	static class Settings {

	}

	/**
	 * What the account provider grants a user whose password must change: no role, only
	 * the restriction.
	 */
	private static RequestPostProcessor mustChange() {
		return user("qm-1").authorities(new SimpleGrantedAuthority("PASSWORD_CHANGE_REQUIRED"));
	}

}
