package nl.resourcegroepen.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.member.Member;
import nl.resourcegroepen.member.MemberRepository;
import nl.resourcegroepen.trajectory.ProcessVariants;
import nl.resourcegroepen.trajectory.TrajectoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A small script for one demo trajectory: "on day N, complete task X with form values Y", exactly as a
 * user would (the task's form values go through the normal completion path into the care record). Days
 * count from the trajectory's start; the engine clock is moved to that moment. The caller resets the
 * clock.
 */
final class DemoWalk {

  /** The engine services a walk needs. */
  record Engine(TaskService tasks, RuntimeService runtime, ManagementService management, MemberRepository members) {
  }

  private final Engine engine;
  private final String trajectory;
  private final Instant started;

  DemoWalk(Engine engine, String trajectory, Instant started) {
    this.engine = engine;
    this.trajectory = trajectory;
    this.started = started;
  }

  String trajectory() {
    return trajectory;
  }

  /** Moves the engine clock to the given day after the start (working hours, so dates are stable). */
  DemoWalk on(int day) {
    ClockUtil.setCurrentTime(Date.from(at(day)));
    return this;
  }

  /** The calendar date of a day after the start, as forms submit it ({@code JJJJ-MM-DD}). */
  String date(int day) {
    return LocalDate.ofInstant(at(day), EngineClock.ZONE).toString();
  }

  private Instant at(int day) {
    return started.plus(Duration.ofDays(day));
  }

  /** Completes the one open task with this key. */
  DemoWalk complete(String key, Map<String, Object> values) {
    List<Task> open = open(key);
    if (open.size() != 1) {
      throw new IllegalStateException("Expected one open task " + key + ", found " + open.size() + "; open: " + openKeys());
    }
    engine.tasks().complete(open.get(0).getId(), values);
    return this;
  }

  /** Whether a task with this key is open (a step that only some settings have, or only sometimes). */
  boolean hasOpen(String key) {
    return !open(key).isEmpty();
  }

  /** Completes the open task with this key that belongs to the named member (parallel per nominee). */
  DemoWalk completeFor(String memberName, String key, Map<String, Object> values) {
    String memberId = engine.members().findByTrajectoryIdOrderByNominatedAtAscIdAsc(trajectory).stream()
        .filter(m -> m.getName().equals(memberName)).map(Member::getId).findFirst()
        .orElseThrow(() -> new IllegalStateException("No such member in trajectory " + trajectory));
    Task task = open(key).stream()
        .filter(t -> memberId.equals(engine.tasks().getVariable(t.getId(), "memberId"))).findFirst()
        .orElseThrow(() -> new IllegalStateException("No open task " + key + " for member " + memberId + "; open: " + openKeys()));
    engine.tasks().complete(task.getId(), values);
    return this;
  }

  /** Fires a timer of the main process now (the engine clock must be past its due date). */
  DemoWalk fireTimer(String activityId) {
    String main = engine.runtime().createProcessInstanceQuery().processInstanceBusinessKey(trajectory)
        .processDefinitionKeyIn(ProcessVariants.allKeys(TrajectoryService.MAIN_PROCESS)).singleResult().getId();
    Job job = engine.management().createJobQuery().processInstanceId(main).activityId(activityId).singleResult();
    if (job == null) {
      throw new IllegalStateException("No timer " + activityId + " in trajectory " + trajectory);
    }
    engine.management().executeJob(job.getId());
    return this;
  }

  private List<Task> open(String key) {
    return engine.tasks().createTaskQuery().processInstanceBusinessKey(trajectory).taskDefinitionKey(key).list();
  }

  private List<String> openKeys() {
    return engine.tasks().createTaskQuery().processInstanceBusinessKey(trajectory).list().stream()
        .map(Task::getTaskDefinitionKey).toList();
  }

  /**
   * Form values from name/value pairs. Lists (dynamic lists in a form) become JSON values, as Tasklist
   * submits them; rows are maps.
   */
  static Map<String, Object> values(Object... pairs) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object value = pairs[i + 1];
      values.put((String) pairs[i], value instanceof List<?> list
          ? Variables.objectValue(new ArrayList<>(list)).serializationDataFormat("application/json").create()
          : value);
    }
    return values;
  }

  /** One row of a dynamic list, from name/value pairs. */
  static Map<String, Object> row(Object... pairs) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      row.put((String) pairs[i], pairs[i + 1]);
    }
    return row;
  }
}
