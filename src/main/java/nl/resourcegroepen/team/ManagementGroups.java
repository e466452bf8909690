package nl.resourcegroepen.team;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every team has a management group in Camunda: its members are the managers who see the team's figures.
 * Made with the team, and at start-up for teams that existed before management groups did, so an
 * administrator only has to add the managers in Camunda Admin.
 */
@Component
@Order(11)
class ManagementGroups implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ManagementGroups.class);

  private final IdentityService identity;
  private final TeamRepository teams;

  ManagementGroups(IdentityService identity, TeamRepository teams) {
    this.identity = identity;
    this.teams = teams;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Team team : teams.findAll()) {
      if (ensure(team)) {
        LOG.info("Groep {} aangemaakt: voeg in Camunda Admin de managers van {} eraan toe",
            team.getManagersGroup(), team.getName());
      }
    }
  }

  /** Creates the team's management group if it is not there yet; true if it was created. */
  boolean ensure(Team team) {
    if (identity.createGroupQuery().groupId(team.getManagersGroup()).count() > 0) {
      return false;
    }
    Group group = identity.newGroup(team.getManagersGroup());
    group.setName("Management " + team.getName());
    group.setType(Roles.MANAGERS_GROUP_TYPE);
    identity.saveGroup(group);
    return true;
  }
}
