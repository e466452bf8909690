package nl.resourcegroepen.team;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is logged in, with their roles and the teams they work in (for our pages). */
@RestController
class MeController {

  record TeamView(String id, String name, String setting, String settingName) {
  }

  record Me(String id, String name, Set<String> groups, List<TeamView> teams) {
  }

  private final IdentityService identityService;
  private final TeamRepository teamRepository;
  private final Teams teams;

  MeController(IdentityService identityService, TeamRepository teamRepository, Teams teams) {
    this.identityService = identityService;
    this.teamRepository = teamRepository;
    this.teams = teams;
  }

  @GetMapping("/api/me")
  Me me(Principal principal) {
    User user = identityService.createUserQuery().userId(principal.getName()).singleResult();
    Set<String> groups = teams.groupsOf(principal.getName());
    List<TeamView> own = teamRepository.findAll().stream()
        .filter(t -> groups.contains(t.getId()))
        .sorted(Comparator.comparing(Team::getName))
        .map(t -> new TeamView(t.getId(), t.getName(), t.getSetting().code(), t.getSetting().dutchName()))
        .toList();
    String name = user == null ? principal.getName() : (user.getFirstName() + " " + user.getLastName()).trim();
    return new Me(principal.getName(), name, groups, own);
  }
}
