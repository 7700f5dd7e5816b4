package org.gxpbridge.inspection.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.gxpbridge.inspection.InspectionRoom;
import org.gxpbridge.inspection.NewInspectionRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /inspection}: the front room files requests and reads published responses with
 * links to the exported records; the back room sees every request, where it stands and
 * how long it has taken.
 */
@Controller
class InspectionPages {

	private final InspectionRoom room;

	private final Clock clock;

	InspectionPages(InspectionRoom room, Clock clock) {
		this.room = room;
		this.clock = clock;
	}

	@GetMapping("/inspection")
	@InspectionAccess
	String room(Authentication auth, Model model) {
		model.addAttribute("requests", room.visibleTo(auth.getName()));
		model.addAttribute("now", clock.instant());
		model.addAttribute("frontRoom",
				auth.getAuthorities().stream().anyMatch(a -> "ROLE_INSPECTOR".equals(a.getAuthority())));
		return "inspection";
	}

	@PostMapping("/inspection/requests")
	@InspectionAccess.Inspector
	String file(@RequestParam String subject, @RequestParam String text,
			@RequestParam(required = false) String recordRefs, Authentication auth, RedirectAttributes redirect) {
		List<String> refs = recordRefs == null ? List.of() : Arrays.asList(recordRefs.split("[\\r\\n,]+"));
		var filed = room.file(new NewInspectionRequest(subject, text, refs), auth.getName());
		redirect.addFlashAttribute("filed", filed.id());
		return "redirect:/inspection";
	}

}
