package nl.resourcegroepen.team;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

/** Who belongs to which team and role, read from the engine's identity service. */
@Service
public class Teams {

  private final IdentityService identityService;
  private final TeamRepository teams;

  Teams(IdentityService identityService, TeamRepository teams) {
    this.identityService = identityService;
    this.teams = teams;
  }

  public Set<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
  }

  public boolean isMember(String userId, String groupId) {
    return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 1;
  }

  /**
   * Teams a user may see trajectories and figures of: the teams they work in and the teams they manage
   * (member of the team's management group); administrators see all.
   */
  public Set<String> visibleTeams(String userId) {
    Set<String> groups = groupsOf(userId);
    List<Team> all = teams.findAll();
    if (groups.contains(Roles.ADMINISTRATOR)) {
      return all.stream().map(Team::getId).collect(Collectors.toSet());
    }
    return all.stream()
        .filter(t -> groups.contains(t.getId()) || groups.contains(t.getManagersGroup()))
        .map(Team::getId).collect(Collectors.toSet());
  }
}
