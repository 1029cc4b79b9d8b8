package vn.lachan;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build on a cycle between modules or a reach into another module's internals,
 * and writes the module map that the README links.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(LachanApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void theFoundationModulesExist() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("shared",
				"territory", "access", "reports");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
