package org.gxpbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Map;

import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer a module's refusal with the error page and the status its kind has on the
 * API; only a real fault leaves a stack trace in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
@Verifies({ "A11-5", "URS-02" })
class PageExceptionHandlerTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new RefusingPage())
		.setControllerAdvice(new PageExceptionHandler())
		.build();

	@Test
	void showsTheErrorPageWithTheStatusOfEachKindOfRefusal(CapturedOutput log) throws Exception {
		Map<String, Integer> expected = Map.of("not-found", 404, "conflict", 409, "not-permitted", 403, "rule", 422,
				"invalid", 400, "too-large", 413, "unsupported", 415);
		for (var kind : expected.entrySet()) {
			mvc.perform(get("/refuse").param("kind", kind.getKey()))
				.andExpect(status().is(kind.getValue()))
				.andExpect(view().name(ErrorPages.VIEW))
				.andExpect(model().attribute("status", kind.getValue()))
				.andExpect(model().attribute("message", "refused as " + kind.getKey()))
				.andExpect(model().attribute("code", kind.getKey() + "_code"));
		}
		assertThat(log.getOut()).contains("WARN", "404 not-found_code", "409 conflict_code", "403 not-permitted_code")
			.doesNotContain("\tat org.");
	}

	@Test
	void aFaultShowsAReferenceAndLogsItsStackTraceOnce(CapturedOutput log) throws Exception {
		ModelAndView page = mvc.perform(get("/fail"))
			.andExpect(status().isInternalServerError())
			.andExpect(view().name(ErrorPages.VIEW))
			.andReturn()
			.getModelAndView();
		String message = (String) page.getModel().get("message");
		assertThat(message).startsWith("The server could not complete the request").doesNotContain("database gone");
		String reference = message.substring(message.indexOf("Reference: ") + 11, message.length() - 1);
		assertThat(log.getOut()).contains("ERROR", "reference " + reference, "database gone");
		assertThat(log.getOut().split("java.lang.IllegalStateException: database gone", -1)).hasSize(2);
	}

	@Test
	void aMissingParameterIsTheRequestsFaultNotTheServers() throws Exception {
		mvc.perform(get("/refuse")).andExpect(status().isBadRequest()).andExpect(view().name(ErrorPages.VIEW));
	}

	@Test
	void containerErrorsGetTheSamePageWithAPlainSentence() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		ModelAndView unknown = new ErrorPages().resolveErrorView(request, HttpStatus.NOT_FOUND, Map.of());
		assertThat(unknown.getViewName()).isEqualTo(ErrorPages.VIEW);
		assertThat(unknown.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getModel()).containsEntry("headline", "Not found")
			.containsEntry("message", "There is no page at this address. It may have moved, or the link is mistyped.");
		assertThat(new ErrorPages().resolveErrorView(request, HttpStatus.FORBIDDEN, Map.of()).getModel())
			.containsEntry("headline", "Not allowed");
	}

	@Controller
	// an inner class, so no component scan (the server's, ControllerAccessTests') finds
	// it
	class RefusingPage {

		@GetMapping("/refuse")
		String refuse(@RequestParam String kind) {
			String code = kind + "_code";
			String message = "refused as " + kind;
			throw switch (kind) {
				case "not-found" -> new NotFoundException(code, message);
				case "conflict" -> new ConflictException(code, message);
				case "not-permitted" -> new NotPermittedException(code, message);
				case "rule" -> new RefusedByRuleException(code, message);
				case "invalid" -> new InvalidInputException(code, message);
				case "too-large" -> new TooLargeException(code, message);
				case "unsupported" -> new UnsupportedContentException(code, message);
				default -> new IllegalArgumentException(kind);
			};
		}

		@GetMapping("/fail")
		String fail() {
			throw new IllegalStateException("database gone");
		}

	}

}
