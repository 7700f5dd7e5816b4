package org.gxpbridge.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.gxpbridge.GxpBridgeApplication;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * One package per capability; modules use each other only through their root package
 * (STYLE.md).
 */
@Verifies({ "P11-10e", "CHK-01", "URS-09" })
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(GxpBridgeApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void theFoundationModulesExist() {
		assertThat(MODULES.stream().map(ApplicationModule::getBasePackage).map(p -> p.getName())).contains(
				"org.gxpbridge.security", "org.gxpbridge.workflow", "org.gxpbridge.controls", "org.gxpbridge.shared",
				"org.gxpbridge.signature", "org.gxpbridge.audittrail", "org.gxpbridge.documents",
				"org.gxpbridge.regulation", "org.gxpbridge.inbox", "org.gxpbridge.mail", "org.gxpbridge.operations");
	}

	/**
	 * Writes the module diagrams under target/ on every run; the tracked copy in
	 * docs/modules changes only when a contributor asks for it (README, "Contributing":
	 * {@code -Dgxp.modules.docs=docs/modules}).
	 */
	@Test
	void writesModuleDocumentation() {
		String folder = System.getProperty("gxp.modules.docs", "target/spring-modulith-docs");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder)).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}

}
