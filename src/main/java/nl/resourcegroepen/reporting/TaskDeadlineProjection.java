package nl.resourcegroepen.reporting;

import java.time.Instant;
import java.util.Date;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.trajectory.ProcessVariants;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps {@link TaskDeadline} in step with the engine's tasks, in the engine's transaction. */
@Component
class TaskDeadlineProjection {

  private final TaskDeadlineRepository deadlines;

  TaskDeadlineProjection(TaskDeadlineRepository deadlines) {
    this.deadlines = deadlines;
  }

  @EventListener
  public void onTaskEvent(DelegateTask task) {
    Instant now = EngineClock.now();
    switch (task.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> {
        String trajectory = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        Object team = task.getVariable("team");
        if (trajectory == null || team == null) {
          return; // not a trajectory's step (e.g. a standalone task)
        }
        Object setting = task.getVariable("setting");
        deadlines.save(new TaskDeadline(task.getId(), trajectory, team.toString(),
            setting == null ? null : setting.toString(), processKey(task), task.getTaskDefinitionKey(),
            task.getName(), task.getAssignee(), now, instant(task.getDueDate())));
      }
      case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE ->
          deadlines.findById(task.getId()).ifPresent(d -> d.update(task.getAssignee(), instant(task.getDueDate())));
      case TaskListener.EVENTNAME_COMPLETE ->
          deadlines.findById(task.getId()).ifPresent(d -> d.end(TaskDeadline.Outcome.COMPLETED, now));
      case TaskListener.EVENTNAME_DELETE ->
          deadlines.findById(task.getId()).ifPresent(d -> d.end(TaskDeadline.Outcome.CANCELLED, now));
      default -> {
      }
    }
  }

  /** The default process the step belongs to, so the figures count a step of every setting's variant together. */
  private static String processKey(DelegateTask task) {
    ModelElementInstance element = task.getBpmnModelElementInstance();
    while (element != null && !(element instanceof Process)) {
      element = element.getParentElement();
    }
    return element == null ? "" : ProcessVariants.defaultKey(((Process) element).getId());
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
