package nl.resourcegroepen.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One recovery goal in a slot of the plan: long-term 1–2 (only the goal text) or short-term 1–3 (the goal
 * and the five questions of bijlage 3: now, going well, needed, who does what, how to see).
 */
@Entity
@Table(name = "plan_goal")
class PlanGoal {

  /** The five questions of a short-term goal, as suffixes of the form keys ({@code shortTermGoal1Now}). */
  static final String[] PARTS = {"", "Now", "GoingWell", "Needed", "WhoDoesWhat", "HowToSee"};

  @Id
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private RecoveryPlan plan;

  @Column(name = "trajectory_id", nullable = false)
  private String trajectoryId;

  @Column(nullable = false)
  private String team;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private GoalKind kind;

  @Column(nullable = false)
  private int slot;

  @Column(name = "goal_text")
  private String goal;

  @Column(name = "now_text")
  private String now;

  @Column(name = "going_well")
  private String goingWell;

  private String needed;

  @Column(name = "who_does_what")
  private String whoDoesWhat;

  @Column(name = "how_to_see")
  private String howToSee;

  protected PlanGoal() {
  }

  PlanGoal(RecoveryPlan plan, GoalKind kind, int slot) {
    this.id = UUID.randomUUID().toString();
    this.plan = plan;
    this.trajectoryId = plan.getTrajectoryId();
    this.team = plan.getTeam();
    this.kind = kind;
    this.slot = slot;
  }

  String get(String part) {
    return switch (part) {
      case "" -> goal;
      case "Now" -> now;
      case "GoingWell" -> goingWell;
      case "Needed" -> needed;
      case "WhoDoesWhat" -> whoDoesWhat;
      case "HowToSee" -> howToSee;
      default -> throw new IllegalArgumentException("Onbekend onderdeel van een doel: " + part);
    };
  }

  void set(String part, String value) {
    switch (part) {
      case "" -> goal = value;
      case "Now" -> now = value;
      case "GoingWell" -> goingWell = value;
      case "Needed" -> needed = value;
      case "WhoDoesWhat" -> whoDoesWhat = value;
      case "HowToSee" -> howToSee = value;
      default -> throw new IllegalArgumentException("Onbekend onderdeel van een doel: " + part);
    }
  }

  boolean isEmpty() {
    return Stream.of(goal, now, goingWell, needed, whoDoesWhat, howToSee).allMatch(v -> v == null);
  }

  GoalKind getKind() {
    return kind;
  }

  int getSlot() {
    return slot;
  }
}
