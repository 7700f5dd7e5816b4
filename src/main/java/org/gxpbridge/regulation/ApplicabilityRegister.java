package org.gxpbridge.regulation;

import java.util.List;

import org.springframework.stereotype.Service;

/** TEMP stub (gap branch): the register helper delivers the real one. */
@Service
public class ApplicabilityRegister {

	public List<String> applicableFrameworkIds() {
		return List.of();
	}

}
