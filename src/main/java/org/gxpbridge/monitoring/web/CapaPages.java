package org.gxpbridge.monitoring.web;

import org.gxpbridge.monitoring.CapaStatus;
import org.gxpbridge.monitoring.Capas;
import org.gxpbridge.monitoring.NewCapaAction;
import org.gxpbridge.security.Access;
import org.gxpbridge.shared.DomainException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The CAPA pages: the register, and each CAPA with its root cause, actions and history of
 * status.
 */
@Controller
@Access.AnyRole
class CapaPages {

	private final Capas capas;

	CapaPages(Capas capas) {
		this.capas = capas;
	}

	@GetMapping("/capas")
	String list(Model model) {
		model.addAttribute("capas", capas.all());
		return "capas";
	}

	@GetMapping("/capas/{capaId}")
	String one(@PathVariable String capaId, Model model) {
		var capa = capas.get(capaId);
		model.addAttribute("capa", capa);
		model.addAttribute("mayAddActions",
				capa.status() == CapaStatus.INVESTIGATION || capa.status() == CapaStatus.PLANNING);
		return "capa";
	}

	@Access.ContentWriter
	@PostMapping("/capas/{capaId}/actions")
	String addAction(@PathVariable String capaId, @RequestParam(required = false) String description,
			@RequestParam(required = false) String ownerId, @RequestParam(required = false) String dueDate,
			Authentication auth, RedirectAttributes flash) {
		try {
			var action = capas.addAction(capaId, new NewCapaAction(description, ownerId, CapasApi.date(dueDate)),
					auth.getName());
			flash.addFlashAttribute("info", "Action #" + action.number() + " added for " + action.ownerId());
		}
		catch (DomainException e) {
			// the page shows why, and the form keeps what was typed
			flash.addFlashAttribute("error", e.getMessage());
			flash.addFlashAttribute("draft", new Draft(description, ownerId, dueDate));
		}
		return "redirect:/capas/" + capaId;
	}

	record Draft(String description, String ownerId, String dueDate) {
	}

}
