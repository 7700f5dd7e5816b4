package org.gxpbridge.lifecycle.web;

import org.gxpbridge.lifecycle.Programmes;
import org.gxpbridge.security.Access;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The programme page for every role: the programmes, and for one where each of the six
 * steps stands in the current cycle with the records it runs and their open tasks.
 */
@Controller
@Access.AnyRole
class ProgrammePages {

	private final Programmes programmes;

	ProgrammePages(Programmes programmes) {
		this.programmes = programmes;
	}

	@GetMapping("/programmes")
	String list(Model model) {
		model.addAttribute("programmes", programmes.all());
		return "programmes";
	}

	@GetMapping("/programmes/{id}")
	String one(@PathVariable String id, Model model) {
		model.addAttribute("programmes", programmes.all());
		model.addAttribute("view", programmes.view(id));
		return "programmes";
	}

}
