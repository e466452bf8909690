package nl.resourcegroepen.inbox;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.team.Team;
import nl.resourcegroepen.team.TeamRepository;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared Camunda Tasklist filters with Dutch names, for every team: "Team", "Te laat", "Deze week" and
 * "Escalaties", readable by the team (escalations by its coordinators), and "Mijn taken" for every team
 * member. Stored queries may not contain expressions (a defensive setting), so "Te laat" and "Deze week"
 * hold fixed dates that are moved on every night and at start-up.
 */
@Component
@Order(15)
class TasklistFilters implements ApplicationRunner {

  static final String MY_TASKS = "Mijn taken";

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final IdentityService identity;
  private final TeamRepository teams;

  TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations,
      IdentityService identity, TeamRepository teams) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.identity = identity;
    this.teams = teams;
  }

  @Override
  public void run(ApplicationArguments args) {
    refresh();
  }

  /** Creates missing filters and moves the dates of the date-bound ones to today. */
  @Scheduled(cron = "${resourcegroepen.tasklist-filters.refresh:0 5 0 * * *}", zone = "Europe/Amsterdam")
  @Transactional
  public void refresh() {
    ZonedDateTime today = EngineClock.now().atZone(EngineClock.ZONE).toLocalDate().atStartOfDay(EngineClock.ZONE);
    Date startOfToday = Date.from(today.toInstant());
    Date inAWeek = Date.from(today.plusDays(8).toInstant());
    for (Team team : teams.findAll()) {
      shared("Team: " + team.getName(), 10, "Alle taken van " + team.getName(), team.getId(),
          teamTasks(team.getId()));
      shared("Te laat: " + team.getName(), 11, "Taken van " + team.getName() + " waarvan de vervaldatum voorbij is",
          team.getId(), teamTasks(team.getId()).dueBefore(startOfToday));
      shared("Deze week: " + team.getName(), 12, "Taken van " + team.getName() + " die de komende week vervallen",
          team.getId(), teamTasks(team.getId()).dueAfter(startOfToday).dueBefore(inAWeek));
      shared("Escalaties: " + team.getName(), 13, "Escalaties voor de teamcoördinatie van " + team.getName(),
          team.getCoordinatorsGroup(), teamTasks(team.getCoordinatorsGroup()));
      for (User user : identity.createUserQuery().memberOfGroup(team.getId()).list()) {
        myTasks(user.getId());
      }
    }
  }

  private TaskQuery teamTasks(String group) {
    return tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().orderByDueDate().asc();
  }

  private void shared(String name, int priority, String description, String readableBy, TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name);
    }
    filter.setQuery(query).setProperties(Map.of("description", description, "priority", priority, "refresh", true));
    filters.saveFilter(filter);
    if (authorizations.createAuthorizationQuery().groupIdIn(readableBy).resourceType(Resources.FILTER)
        .resourceId(filter.getId()).count() == 0) {
      Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      read.setGroupId(readableBy);
      read.setResource(Resources.FILTER);
      read.setResourceId(filter.getId());
      read.addPermission(Permissions.READ);
      authorizations.saveAuthorization(read);
    }
  }

  private void myTasks(String userId) {
    if (filters.createFilterQuery().filterName(MY_TASKS).filterOwner(userId).count() > 0) {
      return;
    }
    // The engine grants the owner of a filter all rights on it.
    filters.saveFilter(filters.newTaskFilter(MY_TASKS).setOwner(userId)
        .setQuery(tasks.createTaskQuery().taskAssignee(userId).orderByDueDate().asc())
        .setProperties(Map.of("description", "Taken die aan mij zijn toegewezen", "priority", 0, "refresh", true)));
  }
}
