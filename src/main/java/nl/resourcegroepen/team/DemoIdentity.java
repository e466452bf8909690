package nl.resourcegroepen.team;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import nl.resourcegroepen.trajectory.Setting;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo teams, roles and users, created at first start only when the engine has no users at all
 * (documented in the README). Also grants each role what it needs in the Camunda webapps; the Tasklist
 * filters are made by {@code inbox.TasklistFilters} for every team.
 */
@Component
@Order(10)
class DemoIdentity implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoIdentity.class);

  record DemoTeam(String id, String name, Setting setting) {
    String coordinators() {
      return id + "-coordinatie";
    }

    String managers() {
      return id + "-management";
    }
  }

  record DemoUser(String id, String firstName, String lastName, List<String> groups) {
  }

  static final List<DemoTeam> TEAMS = List.of(
      new DemoTeam("ggz-noord", "FACT-team Noord", Setting.GGZ),
      new DemoTeam("ggz-zuid", "FACT-team Zuid", Setting.GGZ),
      new DemoTeam("vz-oost", "Verslavingszorg Oost", Setting.ADDICTION_CARE),
      new DemoTeam("jeugd-west", "Jeugdteam West", Setting.YOUTH_CARE),
      new DemoTeam("wijkteam-centrum", "Sociaal wijkteam Centrum", Setting.NEIGHBOURHOOD_TEAM));

  static final Map<String, String> ROLES = Map.of(
      Roles.CARE_COORDINATOR, "Regieondersteuner",
      Roles.RESPONSIBLE_CLINICIAN, "Zorgverantwoordelijke",
      Roles.TEAM_COORDINATOR, "Teamcoördinator",
      Roles.MANAGER, "Manager",
      Roles.IMPLEMENTATION_LEAD, "Implementatieleider",
      Roles.ADMINISTRATOR, "Beheerder");

  static final List<DemoUser> USERS = List.of(
      new DemoUser("anna", "Anna", "de Vries", List.of(Roles.CARE_COORDINATOR, "ggz-noord")),
      new DemoUser("bram", "Bram", "Jansen", List.of(Roles.CARE_COORDINATOR, "ggz-zuid")),
      new DemoUser("carla", "Carla", "Bakker",
          List.of(Roles.TEAM_COORDINATOR, "ggz-noord", "ggz-noord-coordinatie")),
      new DemoUser("kees", "Kees", "Kramer",
          List.of(Roles.TEAM_COORDINATOR, "ggz-zuid", "ggz-zuid-coordinatie")),
      new DemoUser("daan", "Daan", "Visser", List.of(Roles.RESPONSIBLE_CLINICIAN, "ggz-noord")),
      new DemoUser("eva", "Eva", "Smit", List.of(Roles.CARE_COORDINATOR, "vz-oost")),
      new DemoUser("fleur", "Fleur", "Mulder", List.of(Roles.CARE_COORDINATOR, "jeugd-west")),
      new DemoUser("gijs", "Gijs", "de Boer", List.of(Roles.CARE_COORDINATOR, "wijkteam-centrum")),
      new DemoUser("hanna", "Hanna", "Meijer", List.of(Roles.MANAGER, "ggz-noord-management", "ggz-zuid-management",
          "vz-oost-management", "jeugd-west-management", "wijkteam-centrum-management")),
      new DemoUser("ivo", "Ivo", "Hendriks", List.of(Roles.IMPLEMENTATION_LEAD)),
      new DemoUser("jan", "Jan", "de Wit", List.of(Roles.ADMINISTRATOR, Roles.CAMUNDA_ADMIN)),
      new DemoUser("lotte", "Lotte", "Dekker", List.of(Roles.MANAGER, "ggz-noord-management", "ggz-zuid-management")));

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final TeamRepository teams;
  private final ManagementGroups managementGroups;
  private final boolean enabled;
  private final String password;

  DemoIdentity(IdentityService identity, AuthorizationService authorizations, TeamRepository teams,
      ManagementGroups managementGroups, @Value("${resourcegroepen.demo.enabled:true}") boolean enabled,
      @Value("${resourcegroepen.demo.password:demo}") String password) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.teams = teams;
    this.managementGroups = managementGroups;
    this.enabled = enabled;
    this.password = password;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!enabled || identity.createUserQuery().count() > 0) {
      return;
    }
    group(Roles.CAMUNDA_ADMIN, "Camunda-beheer", "SYSTEM");
    ROLES.forEach((id, name) -> group(id, name, Roles.ROLE_GROUP_TYPE));
    for (DemoTeam team : TEAMS) {
      group(team.id(), team.name(), Roles.TEAM_GROUP_TYPE);
      group(team.coordinators(), "Teamcoördinatie " + team.name(), Roles.COORDINATORS_GROUP_TYPE);
      managementGroups.ensure(teams.save(
          new Team(team.id(), team.name(), team.setting(), team.coordinators(), team.managers())));
    }
    for (DemoUser demo : USERS) {
      User user = identity.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@demo.resourcegroepen.nl");
      user.setPassword(password);
      identity.saveUser(user);
      demo.groups().forEach(g -> identity.createMembership(demo.id(), g));
    }
    grantWebapps();
    LOG.info("Demo-teams en -gebruikers aangemaakt ({} gebruikers, wachtwoord zoals ingesteld)", USERS.size());
  }

  private void group(String id, String name, String type) {
    Group group = identity.newGroup(id);
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
  }

  private void grantWebapps() {
    List<String> overseers = List.of(Roles.TEAM_COORDINATOR, Roles.MANAGER, Roles.IMPLEMENTATION_LEAD);
    for (String role : ROLES.keySet()) {
      grantGroup(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // Tasklist shows the process name and the deployed form of a task the user may see.
      if (overseers.contains(role)) {
        // Cockpit shows instances by pseudonymous trajectory id only; no care content is in the engine.
        grantGroup(role, Resources.PROCESS_DEFINITION, ANY,
            Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
      } else {
        grantGroup(role, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
      }
      grantGroup(role, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
      grantGroup(role, Resources.DEPLOYMENT, ANY, Permissions.READ);
    }
    for (String role : overseers) {
      grantGroup(role, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    }
  }

  private void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    auth.setGroupId(groupId);
    auth.setResource(resource);
    auth.setResourceId(resourceId);
    for (Permission permission : permissions) {
      auth.addPermission(permission);
    }
    authorizations.saveAuthorization(auth);
  }
}
