package nl.resourcegroepen.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/** Shared fixtures and checks for the process scenario tests: the trajectory variables and the modelling guide. */
final class ProcessTestSupport {

  static final String TRAJECTORY_ID = "trajectory-17";
  static final String TEAM = "team-fact-noord";
  static final String TEAM_COORDINATORS = "team-fact-noord-coordinatoren";
  static final String CARE_COORDINATOR = "regieondersteuner-anna";

  static final Path GUIDE = Path.of("processes", "README.md");

  /**
   * The engine for process tests. Not named camunda.cfg.xml: the engine REST API of the Spring tests in
   * the same JVM would otherwise find and start it as a second "default" engine.
   */
  static final String ENGINE_CONFIGURATION = "process-engine.cfg.xml";

  /** An in-memory engine that records coverage; each diagram's test class must cover 90 % of it. */
  static org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension engineWithCoverage() {
    return org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension.builder()
        .configurationResource(ENGINE_CONFIGURATION).assertClassCoverageAtLeast(0.9).build();
  }

  private ProcessTestSupport() {
  }

  /** The variables the main process passes to every subprocess (see processes/README.md). */
  static VariableMap trajectoryVariables() {
    return Variables.createVariables()
        .putValue("trajectoryId", TRAJECTORY_ID)
        .putValue("setting", "ggz")
        .putValue("team", TEAM)
        .putValue("teamCoordinators", TEAM_COORDINATORS)
        .putValue("careCoordinator", CARE_COORDINATOR);
  }

  static Date date(int year, int month, int day) {
    return at(LocalDateTime.of(year, month, day, 9, 0));
  }

  static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }

  /** A task of the care coordinator: assigned to her, visible to her team, due on the given date. */
  static void assertCareCoordinatorTask(Task task, Date due) {
    BpmnAwareTests.assertThat(task).isAssignedTo(CARE_COORDINATOR).hasCandidateGroupAssociated(TEAM).hasDueDate(due);
  }

  /** One row of the table "Taken, formulieren en routeringsvlaggen per proces" in processes/README.md. */
  record GuideTask(String process, String id, String name, String form) {
  }

  static List<GuideTask> guideTasks(String processKey) throws IOException {
    // A setting's variant is named <process>-<setting>, e.g. preparation-addictionCare.
    Pattern row = Pattern.compile("^\\|\\s*([\\w-]+)\\s*\\|\\s*`(\\w+)`\\s*\\|\\s*(.+?)\\s*\\|\\s*`([\\w-]+)`\\s*\\|");
    return Files.readAllLines(GUIDE, StandardCharsets.UTF_8).stream()
        .map(row::matcher)
        .filter(Matcher::find)
        .map(m -> new GuideTask(m.group(1), m.group(2), m.group(3), m.group(4)))
        .filter(t -> t.process().equals(processKey))
        .toList();
  }

  /** The deadlines table in processes/README.md: output name to default duration. */
  static Map<String, String> guideDeadlines() throws IOException {
    Pattern row = Pattern.compile("^\\|\\s*`(\\w+)`\\s*\\|\\s*`(P\\w+)`\\s*\\|");
    Map<String, String> result = new LinkedHashMap<>();
    for (String line : Files.readAllLines(GUIDE, StandardCharsets.UTF_8)) {
      Matcher m = row.matcher(line);
      if (m.find()) {
        result.put(m.group(1), m.group(2));
      }
    }
    return result;
  }

  /**
   * The deployed diagram follows the modelling guide: exactly the user tasks of its row group, with the agreed
   * names and forms, candidate group the team, assignee the care coordinator, a due date; history time to live set.
   */
  static void assertFollowsGuide(RepositoryService repositoryService, String processKey, String dueDateExpression)
      throws IOException {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult();
    assertThat(definition).as("deployed process %s", processKey).isNotNull();
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
    Process process = model.getModelElementById(processKey);
    assertThat(process.isExecutable()).isTrue();

    Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
    Map<String, GuideTask> guide = guideTasks(processKey).stream()
        .collect(Collectors.toMap(GuideTask::id, t -> t));
    assertThat(guide).as("rows for %s in %s", processKey, GUIDE).isNotEmpty();
    assertThat(userTasks).extracting(UserTask::getId).containsExactlyInAnyOrderElementsOf(guide.keySet());
    for (UserTask task : userTasks) {
      GuideTask row = guide.get(task.getId());
      assertThat(task.getName()).as("name of %s", task.getId()).isEqualTo(row.name());
      assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef"))
          .as("form of %s", task.getId()).isEqualTo(row.form());
      assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding"))
          .as("form binding of %s", task.getId()).isEqualTo("deployment");
      assertThat(task.getCamundaCandidateGroups()).as("candidate group of %s", task.getId()).isEqualTo("${team}");
      assertThat(task.getCamundaAssignee()).as("assignee of %s", task.getId()).isEqualTo("${careCoordinator}");
      assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isNotBlank();
      if (dueDateExpression != null) {
        assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isEqualTo(dueDateExpression);
      }
    }
  }

  /**
   * A setting's variant follows the modelling guide: its rows in the table (process {@code <default>-<setting>})
   * name the tasks it adds or changes; every other user task is a step of the default with the default's row
   * (same id, name and form). Each task is for the team and the care coordinator, with the due date given.
   */
  static void assertVariantFollowsGuide(RepositoryService repositoryService, String variantKey, String defaultKey,
      String dueDateExpression) throws IOException {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(variantKey).latestVersion().singleResult();
    assertThat(definition).as("deployed process %s", variantKey).isNotNull();
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
    Map<String, GuideTask> guide = guideTasks(defaultKey).stream().collect(Collectors.toMap(GuideTask::id, t -> t));
    List<GuideTask> own = guideTasks(variantKey);
    assertThat(own).as("rows for %s in %s", variantKey, GUIDE).isNotEmpty();
    own.forEach(t -> guide.put(t.id(), t));
    Collection<UserTask> userTasks = repositoryService.getBpmnModelInstance(definition.getId())
        .getModelElementsByType(UserTask.class);
    assertThat(userTasks).extracting(UserTask::getId).as("tasks of %s", variantKey)
        .containsAll(own.stream().map(GuideTask::id).toList())
        .allSatisfy(id -> assertThat(guide).as("row for %s", id).containsKey(id));
    for (UserTask task : userTasks) {
      GuideTask row = guide.get(task.getId());
      assertThat(task.getName()).as("name of %s", task.getId()).isEqualTo(row.name());
      assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef"))
          .as("form of %s", task.getId()).isEqualTo(row.form());
      assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding"))
          .as("form binding of %s", task.getId()).isEqualTo("deployment");
      assertThat(task.getCamundaCandidateGroups()).as("candidate group of %s", task.getId()).isEqualTo("${team}");
      assertThat(task.getCamundaAssignee()).as("assignee of %s", task.getId()).isEqualTo("${careCoordinator}");
      assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isEqualTo(dueDateExpression);
    }
  }

  /** Sets the engine clock to a moment. */
  static void moveClockTo(java.time.ZonedDateTime moment) {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(Date.from(moment.toInstant()));
  }

  /** Moves the engine clock on. */
  static void later(java.time.Duration duration) {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        Date.from(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }

  /**
   * The open task of a care coordinator: Dutch name, its form bound to the deployment, the team as the
   * only candidate group, assigned to the care coordinator, due {@code period} after {@code created}.
   */
  static void assertOpenTask(org.camunda.bpm.engine.runtime.ProcessInstance pi, String key, String name, String form,
      String team, String careCoordinator, java.time.Instant created, String period) {
    Task task = BpmnAwareTests.taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
        .initializeFormKeys().singleResult();
    assertThat(task).as(key).isNotNull();
    assertThat(task.getName()).isEqualTo(name);
    assertThat(task.getCamundaFormRef().getKey()).isEqualTo(form);
    assertThat(task.getCamundaFormRef().getBinding()).isEqualTo("deployment");
    assertThat(task.getAssignee()).isEqualTo(careCoordinator);
    assertThat(BpmnAwareTests.taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId))
        .containsExactly(team);
    assertThat(task.getDueDate().toInstant()).isEqualTo(
        java.time.ZonedDateTime.ofInstant(created, ZoneId.systemDefault()).plus(java.time.Period.parse(period)).toInstant());
  }
}
