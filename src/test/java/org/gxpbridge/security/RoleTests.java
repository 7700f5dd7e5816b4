package org.gxpbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Roles are the engine's groups: the one mapping between them. The group ids are what the
 * models name and what engine authorizations already stored carry, so they must not drift
 * from the role names.
 */
class RoleTests {

	private static final Pattern GROUPS = Pattern.compile("candidate(?:Starter)?Groups=\"([^\"]*)\"");

	@Test
	void groupIdOfEveryRoleIsItsNameAndLeadsBackToTheRole() {
		for (Role role : Role.values()) {
			assertThat(role.groupId()).isEqualTo(role.name());
			assertThat(Role.fromGroupId(role.groupId())).contains(role);
		}
		assertThat(Role.QUALITY_MANAGER.groupId()).isEqualTo("QUALITY_MANAGER");
	}

	@Test
	void groupThatIsNoRoleHasNoRole() {
		assertThat(Role.fromGroupId(null)).isEmpty();
		assertThat(Role.fromGroupId("camunda-admin")).isEmpty();
		assertThat(Role.fromGroupId("reviewer")).as("group ids are case-sensitive, as in the engine").isEmpty();
	}

	@Test
	void groupIdsOfAnAccountsRolesAreTheEngineGroups() {
		assertThat(Role.groupIds(EnumSet.of(Role.REVIEWER, Role.APPROVER))).containsExactly("REVIEWER", "APPROVER");
		assertThat(Role.groupIds(List.of())).isEmpty();
	}

	@Test
	void everyGroupTheModelsNameIsARole() throws IOException {
		List<String> named;
		try (Stream<Path> files = Files.walk(Path.of("processes"))) {
			named = files.filter(p -> p.toString().endsWith(".bpmn")).flatMap(RoleTests::groupsIn).toList();
		}
		assertThat(named).isNotEmpty().allSatisfy(group -> assertThat(Role.fromGroupId(group)).isPresent());
	}

	private static Stream<String> groupsIn(Path model) {
		try {
			Matcher m = GROUPS.matcher(Files.readString(model));
			Stream.Builder<String> groups = Stream.builder();
			while (m.find()) {
				Stream.of(m.group(1).split(",")).map(String::strip).forEach(groups::add);
			}
			return groups.build();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
