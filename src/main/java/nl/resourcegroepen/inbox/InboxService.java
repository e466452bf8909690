package nl.resourcegroepen.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.team.Roles;
import nl.resourcegroepen.team.Team;
import nl.resourcegroepen.team.TeamRepository;
import nl.resourcegroepen.record.FormPrefill;
import nl.resourcegroepen.team.Teams;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task inbox of care coordinators and team coordinators: the open tasks of their teams with the
 * trajectory they belong to, and the bulk actions on them. A task belongs to a user's teams when one of
 * its candidate groups is a team or coordination group the user is in; any other task does not exist
 * for the user (404). Bulk actions check every task first and change all or nothing, in one transaction.
 * Nothing of the care content (form values, client names) is logged.
 */
@Service
class InboxService {

  static final Duration DUE_SOON = Duration.ofDays(7);

  /** The process variable with the code of a theme meeting's theme (a routing flag, never text). */
  static final String THEME = "theme";

  private static final Logger LOG = LoggerFactory.getLogger(InboxService.class);

  /** Outcome of a bulk action, with a Dutch message for the page. */
  record ActionResult(List<String> taskIds, int changed, String message) {
  }

  /** A completed task and the next open task of the same trajectory for the user, if any. */
  record CompleteResult(String completedTaskId, TaskRow next, String message) {
  }

  record TeamMember(String id, String name, String team, String teamName) {
  }

  /** The groups whose tasks a user sees, and the teams the user coordinates. */
  private record Scope(String userId, Set<String> groups, List<String> candidateGroups,
      Set<String> coordinatorGroups, Set<String> coordinatedTeams, Map<String, Team> teamsById) {
  }

  /** A task with what the inbox knows about it. */
  private record Item(Task task, TrajectoryInfo trajectory, TaskRow row) {
  }

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final TeamRepository teamRepository;
  private final Teams teams;
  private final TrajectoryLookup trajectories;
  private final TaskForms forms;
  private final FormPrefill prefill;
  /** Per process definition and step: the themes its form offers, by code; empty if it is not about one theme. */
  private final Map<String, Map<String, String>> themesByStep = new ConcurrentHashMap<>();

  InboxService(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
      TeamRepository teamRepository, Teams teams, TrajectoryLookup trajectories, TaskForms forms,
      FormPrefill prefill) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.teamRepository = teamRepository;
    this.teams = teams;
    this.trajectories = trajectories;
    this.forms = forms;
    this.prefill = prefill;
  }

  @Transactional(readOnly = true)
  public List<TaskRow> list(String userId, String viewCode, String search, String sort, String dir) {
    InboxView view = InboxView.of(viewCode);
    Comparator<TaskRow> order = InboxSort.comparator(sort, dir);
    Scope scope = scope(userId);
    if (scope.candidateGroups().isEmpty()) {
      return List.of();
    }
    TaskQuery query = teamTasks(scope).active();
    Date now = Date.from(EngineClock.now());
    switch (view) {
      case MINE -> query.taskAssignee(userId);
      case OVERDUE -> query.dueBefore(now);
      case WEEK -> query.dueAfter(now).dueBefore(Date.from(now.toInstant().plus(DUE_SOON)));
      case TEAM -> { }
    }
    String needle = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
    return items(query.list(), scope).stream().map(Item::row)
        .filter(row -> needle.isEmpty() || matches(row, needle))
        .sorted(order)
        .toList();
  }

  @Transactional
  public ActionResult claim(String userId, List<String> taskIds) {
    Scope scope = scope(userId);
    List<Item> items = accessible(scope, taskIds);
    for (Item item : items) {
      String assignee = item.task().getAssignee();
      if (assignee != null && !assignee.equals(userId)) {
        throw InboxException.conflict("Taak ‘" + item.task().getName() + "’ is al toegewezen aan "
            + item.row().assignee().name(), item.task().getId());
      }
    }
    int changed = 0;
    for (Item item : items) {
      if (item.task().getAssignee() == null) {
        taskService.setAssignee(item.task().getId(), userId);
        changed++;
      }
    }
    LOG.info("{} taken geclaimd door {}", changed, userId);
    return new ActionResult(ids(items), changed, changed == 1 ? "1 taak geclaimd" : changed + " taken geclaimd");
  }

  @Transactional
  public ActionResult release(String userId, List<String> taskIds) {
    Scope scope = scope(userId);
    List<Item> items = accessible(scope, taskIds);
    for (Item item : items) {
      String assignee = item.task().getAssignee();
      if (assignee != null && !assignee.equals(userId) && !scope.coordinatedTeams().contains(item.trajectory().team())) {
        throw InboxException.forbidden("Taak ‘" + item.task().getName() + "’ is toegewezen aan "
            + item.row().assignee().name() + "; alleen die persoon of de teamcoördinator kan hem vrijgeven");
      }
    }
    int changed = 0;
    for (Item item : items) {
      if (item.task().getAssignee() != null) {
        taskService.setAssignee(item.task().getId(), null);
        changed++;
      }
    }
    LOG.info("{} taken vrijgegeven door {}", changed, userId);
    return new ActionResult(ids(items), changed, changed == 1 ? "1 taak vrijgegeven" : changed + " taken vrijgegeven");
  }

  @Transactional
  public ActionResult reassign(String userId, List<String> taskIds, String targetUserId) {
    Scope scope = scope(userId);
    if (scope.coordinatedTeams().isEmpty()) {
      throw InboxException.forbidden("Alleen teamcoördinatoren kunnen taken aan een ander toewijzen");
    }
    List<Item> items = accessible(scope, taskIds);
    User target = identityService.createUserQuery().userId(targetUserId).singleResult();
    if (target == null) {
      throw InboxException.invalid("Gebruiker '" + targetUserId + "' bestaat niet; er is niets gewijzigd");
    }
    for (Item item : items) {
      String team = item.trajectory().team();
      if (!scope.coordinatedTeams().contains(team)) {
        throw InboxException.forbidden("U bent geen teamcoördinator van het team van taak ‘" + item.task().getName() + "’");
      }
      if (!teams.isMember(targetUserId, team)) {
        throw InboxException.invalid(displayName(target) + " hoort niet bij " + teamName(scope, team)
            + "; er is niets gewijzigd");
      }
    }
    for (Item item : items) {
      taskService.setAssignee(item.task().getId(), targetUserId);
    }
    LOG.info("{} taken door {} toegewezen aan {}", items.size(), userId, targetUserId);
    return new ActionResult(ids(items), items.size(), (items.size() == 1 ? "1 taak" : items.size() + " taken")
        + " toegewezen aan " + displayName(target));
  }

  @Transactional(readOnly = true)
  public JsonNode form(String userId, String taskId) {
    accessible(scope(userId), List.of(taskId));
    return forms.schema(taskId);
  }

  /**
   * What the form opens with: the values entered earlier for forms that are edited over time (from the
   * care record), and the values the engine has for the form's fields (ids, dates and routing flags).
   */
  @Transactional(readOnly = true)
  public Map<String, Object> formData(String userId, String taskId) {
    accessible(scope(userId), List.of(taskId));
    Set<String> keys = forms.fields(forms.schema(taskId)).keySet();
    Map<String, Object> values = new java.util.LinkedHashMap<>(prefill.earlierValues(taskId));
    taskService.getVariables(taskId, keys).forEach((key, value) -> {
      if (value instanceof String || value instanceof Number || value instanceof Boolean) {
        values.put(key, value);
      }
    });
    return values;
  }

  @Transactional
  public CompleteResult complete(String userId, String taskId, Map<String, Object> values) {
    Scope scope = scope(userId);
    Item item = accessible(scope, List.of(taskId)).get(0);
    String assignee = item.task().getAssignee();
    if (assignee != null && !assignee.equals(userId)) {
      throw InboxException.conflict("Deze taak is toegewezen aan " + item.row().assignee().name()
          + "; vraag de teamcoördinator hem aan u toe te wijzen", taskId);
    }
    Map<String, Object> variables = forms.variables(forms.schema(taskId), values == null ? Map.of() : values);
    if (assignee == null) {
      // Whoever completes the task did it: the care record names the assignee as the submitter.
      taskService.setAssignee(taskId, userId);
    }
    taskService.complete(taskId, variables);
    LOG.info("Taak {} afgerond door {}", taskId, userId);
    return new CompleteResult(taskId, next(scope, item.trajectory().id()), "Taak ‘" + item.task().getName() + "’ afgerond");
  }

  /** The members of the teams the user coordinates: whom tasks can be assigned to. */
  @Transactional(readOnly = true)
  public List<TeamMember> teamMembers(String userId) {
    Scope scope = scope(userId);
    List<TeamMember> members = new ArrayList<>();
    for (String team : scope.coordinatedTeams()) {
      identityService.createUserQuery().memberOfGroup(team).list().forEach(u ->
          members.add(new TeamMember(u.getId(), displayName(u), team, teamName(scope, team))));
    }
    members.sort(Comparator.comparing(TeamMember::teamName).thenComparing(TeamMember::name, collator()));
    return members;
  }

  // ---------------------------------------------------------------------------------------------

  private Scope scope(String userId) {
    Set<String> groups = teams.groupsOf(userId);
    Map<String, Team> teamsById = teamRepository.findAll().stream().collect(Collectors.toMap(Team::getId, Function.identity()));
    List<String> candidateGroups = new ArrayList<>();
    Set<String> coordinatorGroups = new LinkedHashSet<>();
    Set<String> coordinatedTeams = new LinkedHashSet<>();
    for (Team team : teamsById.values()) {
      if (groups.contains(team.getId())) {
        candidateGroups.add(team.getId());
      }
      if (groups.contains(team.getCoordinatorsGroup())) {
        candidateGroups.add(team.getCoordinatorsGroup());
        coordinatorGroups.add(team.getCoordinatorsGroup());
        if (groups.contains(Roles.TEAM_COORDINATOR)) {
          coordinatedTeams.add(team.getId());
        }
      }
    }
    return new Scope(userId, groups, candidateGroups, coordinatorGroups, coordinatedTeams, teamsById);
  }

  private TaskQuery teamTasks(Scope scope) {
    return taskService.createTaskQuery().taskCandidateGroupIn(scope.candidateGroups()).includeAssignedTasks();
  }

  /** The requested tasks, all of them in the user's teams; otherwise 404 for the first that is not. */
  private List<Item> accessible(Scope scope, List<String> taskIds) {
    List<String> ids = taskIds == null ? List.of() : taskIds.stream().filter(Objects::nonNull).distinct().toList();
    if (ids.isEmpty()) {
      throw InboxException.invalid("Kies ten minste één taak");
    }
    if (scope.candidateGroups().isEmpty()) {
      throw InboxException.taskNotFound(ids.get(0));
    }
    Map<String, Item> found = items(teamTasks(scope).taskIdIn(ids.toArray(String[]::new)).list(), scope).stream()
        .collect(Collectors.toMap(i -> i.task().getId(), Function.identity()));
    List<Item> items = new ArrayList<>();
    for (String id : ids) {
      Item item = found.get(id);
      if (item == null) {
        throw InboxException.taskNotFound(id);
      }
      items.add(item);
    }
    return items;
  }

  /** Joins tasks with their trajectories: one engine query for the business keys, one JPA query, one user query. */
  private List<Item> items(List<Task> tasks, Scope scope) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    Set<String> processInstanceIds = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    Map<String, String> businessKeys = processInstanceIds.isEmpty() ? Map.of()
        : runtimeService.createProcessInstanceQuery().processInstanceIds(processInstanceIds).list().stream()
            .filter(p -> p.getBusinessKey() != null)
            .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    Map<String, TrajectoryInfo> infos = trajectories.byId(Set.copyOf(businessKeys.values()));
    Map<String, String> names = userNames(tasks.stream().map(Task::getAssignee).filter(Objects::nonNull)
        .collect(Collectors.toSet()));
    Set<String> escalations = scope.coordinatorGroups().isEmpty() ? Set.of()
        : taskService.createTaskQuery().taskCandidateGroupIn(List.copyOf(scope.coordinatorGroups()))
            .includeAssignedTasks().taskIdIn(tasks.stream().map(Task::getId).toArray(String[]::new)).list().stream()
            .map(Task::getId).collect(Collectors.toSet());
    Map<String, Object> themes = processInstanceIds.isEmpty() ? Map.of()
        : runtimeService.createVariableInstanceQuery().variableName(THEME)
            .processInstanceIdIn(processInstanceIds.toArray(String[]::new)).list().stream()
            .filter(v -> v.getExecutionId().equals(v.getProcessInstanceId()) && v.getValue() != null)
            .collect(Collectors.toMap(VariableInstance::getProcessInstanceId, VariableInstance::getValue, (a, b) -> a));
    Instant now = EngineClock.now();
    List<Item> items = new ArrayList<>();
    for (Task task : tasks) {
      TrajectoryInfo info = infos.get(businessKeys.get(task.getProcessInstanceId()));
      if (info == null) {
        continue;
      }
      boolean member = scope.groups().contains(info.team());
      Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
      TaskRow row = new TaskRow(task.getId(), task.getName(), task.getTaskDefinitionKey(),
          escalations.contains(task.getId()), info.id(), member ? info.clientName() : null, info.pseudonym(),
          new TaskRow.Coded(info.setting().code(), info.setting().dutchName()),
          new TaskRow.Coded(info.phase().name(), info.phase().number() + ". " + info.phase().dutchName()),
          due, status(due, now),
          task.getAssignee() == null ? null
              : new TaskRow.Person(task.getAssignee(), names.getOrDefault(task.getAssignee(), task.getAssignee())),
          theme(task, themes.get(task.getProcessInstanceId())));
      items.add(new Item(task, info, row));
    }
    return items;
  }

  /**
   * The theme of a theme meeting's step, so the coordinator can tell the standard theme meetings apart:
   * shown when the step's form always shows the theme (the steps of a theme meeting, not a follow-up
   * meeting where a theme is only chosen), with the name the form gives it. A value the form does not
   * offer is not shown.
   */
  private TaskRow.Coded theme(Task task, Object code) {
    if (!(code instanceof String value)) {
      return null;
    }
    Map<String, String> offered = themesByStep.computeIfAbsent(
        task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(), step -> {
          TaskForms.Field field = forms.fields(forms.schema(task.getId())).get(THEME);
          return field == null || field.conditional() ? Map.of() : field.labelsByValue();
        });
    String name = offered.get(value);
    return name == null ? null : new TaskRow.Coded(value, name);
  }

  static TaskRow.Coded status(Instant due, Instant now) {
    if (due == null) {
      return new TaskRow.Coded("onTime", "op tijd");
    }
    if (due.isBefore(now)) {
      return new TaskRow.Coded("overdue", "te laat");
    }
    if (due.isBefore(now.plus(DUE_SOON))) {
      return new TaskRow.Coded("dueSoon", "bijna te laat");
    }
    return new TaskRow.Coded("onTime", "op tijd");
  }

  private TaskRow next(Scope scope, String trajectoryId) {
    List<Item> open = items(teamTasks(scope).processInstanceBusinessKey(trajectoryId).active()
        .orderByDueDate().asc().list(), scope);
    return open.stream()
        .filter(i -> i.task().getAssignee() == null || i.task().getAssignee().equals(scope.userId()))
        .sorted(Comparator.comparing((Item i) -> i.task().getAssignee() == null))
        .map(Item::row).findFirst().orElse(null);
  }

  private Map<String, String> userNames(Set<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list().stream()
        .collect(Collectors.toMap(User::getId, InboxService::displayName));
  }

  private static boolean matches(TaskRow row, String needle) {
    return (row.clientName() != null && row.clientName().toLowerCase(Locale.ROOT).contains(needle))
        || row.pseudonym().toLowerCase(Locale.ROOT).contains(needle);
  }

  private static String displayName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }

  private static String teamName(Scope scope, String team) {
    Team t = scope.teamsById().get(team);
    return t == null ? team : t.getName();
  }

  private static List<String> ids(List<Item> items) {
    return items.stream().map(i -> i.task().getId()).toList();
  }

  static Collator collator() {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("nl-NL"));
    collator.setStrength(Collator.SECONDARY);
    return collator;
  }
}
