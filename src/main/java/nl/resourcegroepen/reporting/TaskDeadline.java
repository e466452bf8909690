package nl.resourcegroepen.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step (user task) of a trajectory with its deadline, kept up to date from the engine's task events.
 * Reports count these rows in the database, by team, setting, phase and step, with an index; they never
 * load tasks into memory and never touch care content.
 */
@Entity
@Table(name = "task_deadline")
class TaskDeadline {

  enum Outcome { COMPLETED, CANCELLED }

  @Id
  @Column(name = "task_id")
  private String taskId;

  @Column(name = "trajectory_id", nullable = false)
  private String trajectoryId;

  @Column(nullable = false)
  private String team;

  private String setting;

  @Column(name = "process_key", nullable = false)
  private String processKey;

  @Column(name = "step_key", nullable = false)
  private String stepKey;

  @Column(name = "step_name", nullable = false)
  private String stepName;

  private String assignee;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  protected TaskDeadline() {
  }

  TaskDeadline(String taskId, String trajectoryId, String team, String setting, String processKey, String stepKey,
      String stepName, String assignee, Instant createdAt, Instant dueAt) {
    this.taskId = taskId;
    this.trajectoryId = trajectoryId;
    this.team = team;
    this.setting = setting;
    this.processKey = processKey;
    this.stepKey = stepKey;
    this.stepName = stepName;
    this.assignee = assignee;
    this.createdAt = createdAt;
    this.dueAt = dueAt;
  }

  void update(String assignee, Instant dueAt) {
    this.assignee = assignee;
    this.dueAt = dueAt;
  }

  void end(Outcome outcome, Instant at) {
    this.outcome = outcome;
    this.endedAt = at;
  }
}
