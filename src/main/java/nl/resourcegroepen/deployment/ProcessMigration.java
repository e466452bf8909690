package nl.resourcegroepen.deployment;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.ModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running trajectories to the latest version of a process, when they can move.
 *
 * <p>The plan is the engine's own: every step of the old version maps to the step with the same id and
 * kind in the new version ({@code mapEqualActivities}). A trajectory that waits on a step without such a
 * counterpart (removed, renamed, another kind) cannot move and stays on its version; the engine's
 * validation report says why, translated here. The preview tries each trajectory in a transaction
 * that is rolled back; the migration moves each trajectory in its own transaction, so one that cannot
 * move does not hold back the others.
 *
 * <p>Tasks move as they are: same assignee, same due date. Timers: a timer whose definition did not
 * change keeps its due date. A timer whose definition changed is recomputed from the new definition
 * (the engine's {@code updateEventTrigger}): a date expression gives the new date; a duration counts,
 * as always in these processes, from the moment the timer started (when the step began), not from the
 * migration, so a shorter deadline that has already passed fires at once. A cycle restarts at the
 * migration. A timer the new version adds to a waiting step starts at the migration.
 */
@Service
public class ProcessMigration {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessMigration.class);

  static final String TIMERS = "Taken gaan mee zoals ze zijn (zelfde toegewezene en vervaldatum). Een timer "
      + "waarvan de definitie niet is veranderd, houdt zijn tijdstip. Een gewijzigde timer wordt opnieuw berekend "
      + "uit de nieuwe versie: een datum uit de nieuwe expressie, een duur vanaf het moment dat de timer begon "
      + "(het begin van de stap), niet vanaf de migratie; is die nieuwe termijn al verstreken, dan gaat de timer "
      + "meteen af. Een nieuwe timer op een stap waarop het traject wacht, begint bij de migratie.";

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final TransactionTemplate transaction;
  private final ReentrantLock lock = new ReentrantLock();

  ProcessMigration(RepositoryService repositoryService, RuntimeService runtimeService,
      ManagementService managementService, PlatformTransactionManager transactionManager) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** One running trajectory (business key) of a process, with why it cannot move, if it cannot. */
  public record TrajectoryMove(String trajectoryId, String processInstanceId, List<String> reasons) {
  }

  public record VersionPreview(int version, List<TrajectoryMove> movable, List<TrajectoryMove> notMovable) {
  }

  public record Preview(String processKey, int targetVersion, String timers, List<VersionPreview> versions) {
  }

  public record VersionResult(int version, List<TrajectoryMove> migrated, List<TrajectoryMove> leftOnVersion) {
  }

  public record Result(String processKey, int targetVersion, String message, String timers,
      List<VersionResult> versions) {
  }

  /** For each older version with running trajectories: which can move to the latest version and which cannot, and why. */
  public Preview preview(String key) {
    ProcessDefinition target = latest(key);
    List<VersionPreview> versions = new ArrayList<>();
    for (ProcessDefinition source : olderVersions(key, target)) {
      List<TrajectoryMove> movable = new ArrayList<>();
      List<TrajectoryMove> notMovable = new ArrayList<>();
      forEachInstance(source, target, false, (move) -> (move.reasons().isEmpty() ? movable : notMovable).add(move));
      if (!movable.isEmpty() || !notMovable.isEmpty()) {
        versions.add(new VersionPreview(source.getVersion(), movable, notMovable));
      }
    }
    return new Preview(key, target.getVersion(), TIMERS, versions);
  }

  /** Moves every trajectory that can move to the latest version; the others stay on their version. */
  public Result migrate(String key, String user) {
    lock.lock();
    try {
      ProcessDefinition target = latest(key);
      List<VersionResult> versions = new ArrayList<>();
      int moved = 0;
      int stayed = 0;
      for (ProcessDefinition source : olderVersions(key, target)) {
        List<TrajectoryMove> migrated = new ArrayList<>();
        List<TrajectoryMove> left = new ArrayList<>();
        forEachInstance(source, target, true, (move) -> (move.reasons().isEmpty() ? migrated : left).add(move));
        if (!migrated.isEmpty() || !left.isEmpty()) {
          versions.add(new VersionResult(source.getVersion(), migrated, left));
          moved += migrated.size();
          stayed += left.size();
        }
      }
      LOG.info("{} migreerde {} naar versie {}: {} verplaatst, {} gebleven", user, key, target.getVersion(), moved, stayed);
      String message = moved + (moved == 1 ? " traject is" : " trajecten zijn") + " naar versie " + target.getVersion()
          + " gegaan; " + stayed + (stayed == 1 ? " blijft" : " blijven") + " op de eigen versie.";
      return new Result(key, target.getVersion(), message, TIMERS, versions);
    } finally {
      lock.unlock();
    }
  }

  private void forEachInstance(ProcessDefinition source, ProcessDefinition target, boolean commit,
      java.util.function.Consumer<TrajectoryMove> result) {
    List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
        .processDefinitionId(source.getId()).orderByProcessInstanceId().asc().list();
    if (instances.isEmpty()) {
      return;
    }
    BpmnModelInstance sourceModel = repositoryService.getBpmnModelInstance(source.getId());
    BpmnModelInstance targetModel = repositoryService.getBpmnModelInstance(target.getId());
    Plan plan = plan(source, target, sourceModel, targetModel);
    for (ProcessInstance instance : instances) {
      List<String> reasons = plan.failures().isEmpty()
          ? attempt(plan, instance.getId(), commit, sourceModel, targetModel, target.getVersion())
          : plan.failures();
      result.accept(new TrajectoryMove(instance.getBusinessKey(), instance.getId(), reasons));
    }
  }

  /** A migration plan plus the timers (target activity ids) whose changed duration counts from the timer's start. */
  private record Plan(MigrationPlan plan, Set<String> durationTimers, List<String> failures) {
  }

  private Plan plan(ProcessDefinition source, ProcessDefinition target, BpmnModelInstance sourceModel,
      BpmnModelInstance targetModel) {
    try {
      MigrationPlan generated = runtimeService.createMigrationPlan(source.getId(), target.getId())
          .mapEqualActivities().updateEventTriggers().build();
      MigrationPlanBuilder builder = runtimeService.createMigrationPlan(source.getId(), target.getId());
      Set<String> durationTimers = new HashSet<>();
      for (MigrationInstruction instruction : generated.getInstructions()) {
        MigrationInstructionBuilder mapped = builder.mapActivities(instruction.getSourceActivityId(),
            instruction.getTargetActivityId());
        if (instruction.isUpdateEventTrigger()) {
          Timer before = Timer.of(sourceModel, instruction.getSourceActivityId());
          Timer after = Timer.of(targetModel, instruction.getTargetActivityId());
          if (after == null || !after.equals(before)) {
            mapped.updateEventTrigger();
            if (after != null && after.kind().equals("duration")) {
              durationTimers.add(instruction.getTargetActivityId());
            }
          }
        }
      }
      return new Plan(builder.build(), durationTimers, List.of());
    } catch (MigrationPlanValidationException e) {
      List<String> failures = new ArrayList<>();
      for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
        String step = report.getMigrationInstruction().getSourceActivityId();
        failures.add("Stap " + label(sourceModel, step) + " kan niet naar versie " + target.getVersion() + ": "
            + String.join("; ", report.getFailures()));
      }
      if (failures.isEmpty()) {
        failures.add("De engine kan versie " + source.getVersion() + " niet omzetten naar versie "
            + target.getVersion() + ": " + e.getMessage());
      }
      return new Plan(null, Set.of(), failures);
    }
  }

  /** Migrates one instance; rolled back when only trying. Returns why it cannot move, or nothing when it can. */
  private List<String> attempt(Plan plan, String instanceId, boolean commit, BpmnModelInstance sourceModel,
      BpmnModelInstance targetModel, int targetVersion) {
    Set<String> reasons = new LinkedHashSet<>();
    // The common case first, without asking the engine (which logs every refused migration as an error):
    // a step the trajectory waits on has no counterpart in the plan.
    for (String step : waitingSteps(runtimeService.getActivityInstance(instanceId))) {
      if (plan.plan().getInstructions().stream().noneMatch(i -> i.getSourceActivityId().equals(step))) {
        reasons.add(explain(step, List.of(), sourceModel, targetModel, targetVersion));
      }
    }
    if (!reasons.isEmpty()) {
      return List.copyOf(reasons);
    }
    try {
      transaction.executeWithoutResult(status -> {
        Date migratedAt = ClockUtil.getCurrentTime();
        try {
          runtimeService.newMigration(plan.plan()).processInstanceIds(instanceId).execute();
        } catch (MigratingProcessInstanceValidationException e) {
          status.setRollbackOnly();
          reasons.addAll(explain(e.getValidationReport(), sourceModel, targetModel, targetVersion));
          return;
        } catch (ProcessEngineException e) {
          status.setRollbackOnly();
          reasons.add("De engine kan dit traject niet omzetten: " + e.getMessage());
          return;
        }
        if (commit) {
          countDurationsFromTheirStart(instanceId, plan.durationTimers(), migratedAt);
        } else {
          status.setRollbackOnly();
        }
      });
    } catch (RuntimeException e) {
      LOG.warn("Migratie van {} mislukt", instanceId, e);
      reasons.add("Het omzetten is mislukt en teruggedraaid: " + e.getMessage());
    }
    return List.copyOf(reasons);
  }

  /** The steps an instance is in (activity and transition instances), below the process itself. */
  private static Set<String> waitingSteps(ActivityInstance root) {
    Set<String> steps = new LinkedHashSet<>();
    if (root == null) {
      return steps;
    }
    for (ActivityInstance child : root.getChildActivityInstances()) {
      steps.add(child.getActivityId());
      steps.addAll(waitingSteps(child));
    }
    for (TransitionInstance transition : root.getChildTransitionInstances()) {
      steps.add(transition.getActivityId());
    }
    return steps;
  }

  /**
   * The engine recomputes a changed duration from now; here it counts from when the timer started,
   * like every duration in these processes: due = start of the timer + new duration.
   */
  private void countDurationsFromTheirStart(String instanceId, Set<String> durationTimers, Date migratedAt) {
    if (durationTimers.isEmpty()) {
      return;
    }
    for (Job job : managementService.createJobQuery().processInstanceId(instanceId).timers().list()) {
      JobDefinition definition = managementService.createJobDefinitionQuery()
          .jobDefinitionId(job.getJobDefinitionId()).singleResult();
      if (definition == null || !durationTimers.contains(definition.getActivityId()) || job.getCreateTime() == null
          || job.getDuedate() == null) {
        continue;
      }
      long running = migratedAt.getTime() - job.getCreateTime().getTime();
      managementService.setJobDuedate(job.getId(), new Date(job.getDuedate().getTime() - running));
    }
  }

  private static List<String> explain(MigratingProcessInstanceValidationReport report, BpmnModelInstance sourceModel,
      BpmnModelInstance targetModel, int targetVersion) {
    List<String> reasons = new ArrayList<>();
    report.getFailures().forEach(f -> reasons.add("De engine kan dit traject niet omzetten: " + f));
    for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
      reasons.add(explain(activity.getSourceScopeId(), activity.getFailures(), sourceModel, targetModel, targetVersion));
    }
    for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
      reasons.add(explain(transition.getSourceScopeId(), transition.getFailures(), sourceModel, targetModel,
          targetVersion));
    }
    return reasons;
  }

  private static String explain(String scopeId, List<String> failures, BpmnModelInstance sourceModel,
      BpmnModelInstance targetModel, int targetVersion) {
    String stepId = scopeId.replace("#multiInstanceBody", "");
    ModelElementInstance before = sourceModel.getModelElementById(stepId);
    ModelElementInstance after = targetModel.getModelElementById(stepId);
    String label = label(sourceModel, stepId);
    if (after == null) {
      return "Wacht op stap " + label + ", die in versie " + targetVersion + " niet meer bestaat (verwijderd of hernoemd)";
    }
    if (before != null && !before.getElementType().equals(after.getElementType())) {
      return "Wacht op stap " + label + ", die in versie " + targetVersion + " een ander soort element is";
    }
    if (failures.isEmpty()) {
      return "Wacht op stap " + label + ", die in versie " + targetVersion + " op een andere plek staat (in een ander deelproces)";
    }
    return "Stap " + label + " kan niet mee naar versie " + targetVersion + ": " + String.join("; ", failures);
  }

  /** A step as messages name it: {@code 'Naam' (id)}, or {@code 'id'} when it has no name. */
  static String label(ModelInstance model, String id) {
    ModelElementInstance element = model.getModelElementById(id);
    String name = element instanceof FlowElement flow ? flow.getName() : null;
    return name == null || name.isBlank() ? "'" + id + "'" : "'" + name + "' (" + id + ")";
  }

  /** The timer of an event, as written in the diagram: kind (date, duration, cycle) and expression. */
  private record Timer(String kind, String expression) {
    static Timer of(BpmnModelInstance model, String activityId) {
      ModelElementInstance element = model.getModelElementById(activityId);
      if (element == null) {
        return null;
      }
      for (TimerEventDefinition timer : element.getChildElementsByType(TimerEventDefinition.class)) {
        if (timer.getTimeDuration() != null) {
          return new Timer("duration", text(timer.getTimeDuration().getTextContent()));
        }
        if (timer.getTimeDate() != null) {
          return new Timer("date", text(timer.getTimeDate().getTextContent()));
        }
        if (timer.getTimeCycle() != null) {
          return new Timer("cycle", text(timer.getTimeCycle().getTextContent()));
        }
      }
      return null;
    }

    private static String text(String value) {
      return Objects.requireNonNullElse(value, "").trim();
    }
  }

  private ProcessDefinition latest(String key) {
    ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult();
    if (latest == null) {
      throw ModelChangeRefused.notFound("Proces '" + key + "' bestaat niet");
    }
    return latest;
  }

  private List<ProcessDefinition> olderVersions(String key, ProcessDefinition target) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .orderByProcessDefinitionVersion().asc().list().stream()
        .filter(d -> d.getVersion() < target.getVersion()).toList();
  }
}
