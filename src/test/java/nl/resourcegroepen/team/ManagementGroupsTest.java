package nl.resourcegroepen.team;

import static org.assertj.core.api.Assertions.assertThat;

import nl.resourcegroepen.support.ServiceTest;
import nl.resourcegroepen.trajectory.Setting;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every team has a management group, also a team that existed before there were management groups: the
 * service makes the group at start-up, so an administrator only adds the managers. Until then no manager
 * sees the team.
 */
@ServiceTest
class ManagementGroupsTest {

  @Autowired
  ManagementGroups managementGroups;
  @Autowired
  TeamRepository teamRepository;
  @Autowired
  IdentityService identityService;
  @Autowired
  Teams teams;

  @Test
  void aTeamWithoutManagementGroupGetsOneAtStartUpAndIsVisibleToItsManagersOnly() {
    teamRepository.save(new Team("oud-team", "Oud team", Setting.GGZ, "oud-team-coordinatie", "oud-team-management"));

    managementGroups.run(null);

    Group group = identityService.createGroupQuery().groupId("oud-team-management").singleResult();
    assertThat(group.getType()).isEqualTo(Roles.MANAGERS_GROUP_TYPE);
    assertThat(group.getName()).isEqualTo("Management Oud team");
    assertThat(teams.visibleTeams("hanna")).doesNotContain("oud-team");

    identityService.createMembership("lotte", "oud-team-management");
    try {
      assertThat(teams.visibleTeams("lotte")).containsExactlyInAnyOrder("ggz-noord", "ggz-zuid", "oud-team");
    } finally {
      identityService.deleteMembership("lotte", "oud-team-management");
    }
  }
}
