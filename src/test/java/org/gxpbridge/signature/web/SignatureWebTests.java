package org.gxpbridge.signature.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gxpbridge.support.SliceUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gxpbridge.security.Role;
import org.gxpbridge.security.internal.WebAdapterTest;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.SignatureException;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The signature adapter alone (DESIGN.md §9, P11-200): who may send a signature, that the
 * password travels to the signature service and never back, and that each refusal keeps
 * its status and code. The signing itself is proved by SignatureModuleTests and
 * SigningServiceTests.
 */
@WebAdapterTest(SignatureApi.class)
@Verifies({ "A11-5", "URS-02" })
class SignatureWebTests {

	static final SignatureView SIGNED = new SignatureView("sig-1", "task-1", "Task_Review", "pi-1", "DOC-1", "reviewer",
			"Demo Reviewer", "REVIEWED", Instant.parse("2026-11-21T10:00:00Z"), "UTC",
			"2026-11-21 10:00:00 UTC (UTC+00:00)", "d1g35t", "01", "ACTIVE", true, false, "signed now");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Signatures signatures;

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "INSPECTOR" }, mode = EnumSource.Mode.EXCLUDE)
	void contentRolesSendASignatureWithTheirOwnIdAndReenteredPassword(Role role) throws Exception {
		when(signatures.sign(any())).thenReturn(SIGNED);
		mvc.perform(sign("{\"meaning\":\"REVIEWED\",\"password\":\"Secret-2026!\",\"comment\":\"ok\","
				+ "\"variables\":{\"reviewOutcome\":\"approve\"}}")
			.with(as("signer-1", role)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.signatureId").value("sig-1"))
			.andExpect(jsonPath("$.printedName").value("Demo Reviewer"))
			.andExpect(jsonPath("$.meaning").value("REVIEWED"))
			.andExpect(content().string(not(containsString("Secret-2026!"))));
		ArgumentCaptor<SignRequest> sent = ArgumentCaptor.forClass(SignRequest.class);
		verify(signatures).sign(sent.capture());
		assertThat(sent.getValue().taskId()).isEqualTo("task-1");
		assertThat(sent.getValue().userId()).as("the signer is who is signed in").isEqualTo("signer-1");
		assertThat(sent.getValue().password()).isEqualTo("Secret-2026!");
		assertThat(sent.getValue().variables()).isEqualTo(Map.of("reviewOutcome", "approve"));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "INSPECTOR" })
	void administratorsAndInspectorsNeverReachTheSignatureService(Role role) throws Exception {
		mvc.perform(sign("{\"meaning\":\"REVIEWED\",\"password\":\"Secret-2026!\"}").with(as(role)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("forbidden"));
		verify(signatures, never()).sign(any());
	}

	@Test
	void aSignatureWithoutMeaningOrPasswordIsA400NamingTheFields() throws Exception {
		mvc.perform(sign("{\"meaning\":\"REVIEWED\"}").with(as(Role.REVIEWER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("invalid_request"))
			.andExpect(jsonPath("$.fieldErrors.password").exists());
		mvc.perform(sign("{\"password\":\"Secret-2026!\"}").with(as(Role.REVIEWER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fieldErrors.meaning").exists());
		mvc.perform(sign("not json").with(as(Role.REVIEWER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("malformed_request"));
		verify(signatures, never()).sign(any());
	}

	/**
	 * The continuous-session rule (11.200(a)(1)(i), CHK-09) is met by being stricter: a
	 * signature made in a session leaves nothing behind that lets the next one go without
	 * the password, so every signing in the session asks for it again.
	 */
	@Test
	@Verifies({ "P11-200a1i", "P11-200a1ii", "CHK-09", "CHK-08" })
	void aSecondSignatureInTheSameSessionStillNeedsThePassword() throws Exception {
		when(signatures.sign(any())).thenReturn(SIGNED);
		MockHttpSession session = new MockHttpSession();
		mvc.perform(sign("{\"meaning\":\"REVIEWED\",\"password\":\"Secret-2026!\"}").session(session)
			.with(as("signer-1", Role.REVIEWER))
			.with(csrf())).andExpect(status().isOk());
		mvc.perform(
				sign("{\"meaning\":\"REVIEWED\"}").session(session).with(as("signer-1", Role.REVIEWER)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fieldErrors.password").exists());
		mvc.perform(sign("{\"meaning\":\"REVIEWED\",\"password\":\"\"}").session(session)
			.with(as("signer-1", Role.REVIEWER))
			.with(csrf())).andExpect(status().isBadRequest());
		verify(signatures, times(1)).sign(any());
		assertThat(Collections.list(session.getAttributeNames())).as("no signing state is kept in the session")
			.noneMatch((name) -> name.toLowerCase(Locale.ROOT).contains("sign"));
	}

	@Test
	void theServicesRefusalsKeepTheirStatusAndCode() throws Exception {
		Map<SignatureException, Integer> refusals = Map.of(SignatureException.badPassword("wrong password"), 401,
				SignatureException.locked("locked"), 423, SignatureException.unknownTask("task-1"), 404,
				SignatureException.taskCompleted("task-1"), 409, SignatureException.forbidden("author"), 403,
				SignatureException.meaningNotAllowed("X", List.of("REVIEWED")), 422,
				SignatureException.invalidVariables("unknown field"), 400);
		for (var refusal : refusals.entrySet()) {
			doThrow(refusal.getKey()).when(signatures).sign(any());
			mvc.perform(sign("{\"meaning\":\"REVIEWED\",\"password\":\"Secret-2026!\"}").with(as(Role.REVIEWER)))
				.andExpect(status().is(refusal.getValue()))
				.andExpect(jsonPath("$.error").value(refusal.getKey().code()))
				.andExpect(jsonPath("$.path").value("/api/tasks/task-1/sign"));
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleReadsSignaturesAndTheirEvidence(Role role) throws Exception {
		when(signatures.find("sig-1")).thenReturn(SIGNED);
		when(signatures.cms("sig-1")).thenReturn(new byte[] { 0x30, 0x03 });
		mvc.perform(get("/api/signatures/sig-1").with(as(role)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true));
		mvc.perform(get("/api/signatures/sig-1/cms").with(as(role)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pkcs7-signature"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"signature-sig-1.p7s\""));
	}

	@Test
	void nobodySignedInGetsAJson401AndSignsNothing() throws Exception {
		mvc.perform(sign("{\"meaning\":\"REVIEWED\",\"password\":\"Secret-2026!\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("unauthorized"));
		mvc.perform(get("/api/pki/ca.pem")).andExpect(status().isUnauthorized());
		verify(signatures, never()).sign(any());
	}

	@Test
	void signaturesOfAnInstanceNeedTheInstance() throws Exception {
		mvc.perform(get("/api/signatures").with(as(Role.AUDITOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("invalid_parameter"));
		when(signatures.find("nope")).thenThrow(SignatureException.notFound("nope"));
		mvc.perform(get("/api/signatures/nope").with(as(Role.AUDITOR)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("signature_not_found"));
	}

	private static MockHttpServletRequestBuilder sign(String body) {
		return post("/api/tasks/task-1/sign").contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
