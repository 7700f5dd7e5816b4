package org.gxpbridge.risk.web;

import org.gxpbridge.risk.RiskRegister;
import org.gxpbridge.risk.RiskRegisterView;
import org.gxpbridge.security.Access;
import org.gxpbridge.shared.TimeDisplay;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The risk register page: plan, heat maps before and after controls (HTML tables coloured
 * by the decision tables, no script), risks in the ISO 14971 view or the FMEA view,
 * snapshots and the export links. Risks are entered through the register API.
 */
@Controller
@Access.AnyRole
class RiskRegisterPages {

	private final RiskRegister register;

	private final TimeDisplay time;

	RiskRegisterPages(RiskRegister register, TimeDisplay time) {
		this.register = register;
		this.time = time;
	}

	@GetMapping("/risks/registers/{id}")
	String page(@PathVariable String id, @RequestParam(defaultValue = "risk") String view, Model model) {
		RiskRegisterView r = register.find(id);
		model.addAttribute("register", r);
		model.addAttribute("fmea", "fmea".equals(view));
		model.addAttribute("time", time);
		return "risk-register";
	}

}
