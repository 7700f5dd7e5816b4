package org.gxpbridge.shared;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API answers each kind of refusal with the status it always had, and the
 * module's code and message; the page handler, though its selector matches REST
 * controllers too, never turns an API error into a page.
 */
@Verifies({ "A11-5", "URS-02" })
class ApiExceptionHandlerTests {

	// JSON only, as the server's converters are (shared/internal/JsonOnlyApi): Jackson's
	// XML module is on the class path for CycloneDX SBOMs
	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new RefusingApi())
		.setControllerAdvice(new PageExceptionHandler(), new ApiExceptionHandler())
		.setMessageConverters(new MappingJackson2HttpMessageConverter())
		.build();

	@Test
	void answersEachKindWithItsStatusAndTheModulesCode() throws Exception {
		expect("/not-found", 404, "task_not_found");
		expect("/conflict", 409, "already_held");
		expect("/not-permitted", 403, "not_your_task");
		expect("/rule", 422, "reason_required");
		expect("/integrity", 500, "document_integrity_violation");
		expect("/busy", 503, "parser_busy");
	}

	private void expect(String path, int status, String code) throws Exception {
		mvc.perform(get(path))
			.andExpect(status().is(status))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.error").value(code))
			.andExpect(jsonPath("$.message").value("because " + code))
			.andExpect(jsonPath("$.path").value(path));
	}

	@RestController
	// an inner class, so no component scan (the server's, ControllerAccessTests') finds
	// it
	class RefusingApi {

		@GetMapping("/not-found")
		void notFound() {
			throw new NotFoundException("task_not_found", "because task_not_found");
		}

		@GetMapping("/conflict")
		void conflict() {
			throw new ConflictException("already_held", "because already_held");
		}

		@GetMapping("/not-permitted")
		void notPermitted() {
			throw new NotPermittedException("not_your_task", "because not_your_task");
		}

		@GetMapping("/rule")
		void rule() {
			throw new ReasonRequiredException("because reason_required");
		}

		@GetMapping("/integrity")
		void integrity() {
			throw new IntegrityFailureException("document_integrity_violation", "because document_integrity_violation");
		}

		@GetMapping("/busy")
		void busy() {
			throw new UnavailableException("parser_busy", "because parser_busy");
		}

	}

}
