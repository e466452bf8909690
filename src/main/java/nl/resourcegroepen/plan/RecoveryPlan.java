package nl.resourcegroepen.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The resourcegroepplan of one trajectory (bijlage 3): who is in the group, at most two long-term and
 * three short-term recovery goals, and the signaleringsplan. Every field has a name – the form key – by
 * which it is read, changed and kept in the history ({@link PlanFields}).
 */
@Entity
@Table(name = "recovery_plan")
class RecoveryPlan {

  /** The fields about the group, in the order of bijlage 3. */
  static final List<String> HEADER_FIELDS = List.of("clientName", "groupName", "participants",
      "possibleParticipants", "careCoordinatorName", "responsibleClinicianName", "peerExpertName");

  @Id
  private String id;

  @Column(name = "trajectory_id", nullable = false, unique = true)
  private String trajectoryId;

  @Column(nullable = false)
  private String team;

  @Column(name = "client_name")
  private String clientName;
  @Column(name = "group_name")
  private String groupName;
  private String participants;
  @Column(name = "possible_participants")
  private String possibleParticipants;
  @Column(name = "care_coordinator_name")
  private String careCoordinatorName;
  @Column(name = "responsible_clinician_name")
  private String responsibleClinicianName;
  @Column(name = "peer_expert_name")
  private String peerExpertName;

  @Embedded
  private EarlyWarningPlan earlyWarningPlan = new EarlyWarningPlan();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("kind, slot")
  private List<PlanGoal> goals = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version
  private long version;

  protected RecoveryPlan() {
  }

  RecoveryPlan(String trajectoryId, String team, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.trajectoryId = trajectoryId;
    this.team = team;
    this.createdAt = at;
    this.updatedAt = at;
  }

  String getHeader(String field) {
    return switch (field) {
      case "clientName" -> clientName;
      case "groupName" -> groupName;
      case "participants" -> participants;
      case "possibleParticipants" -> possibleParticipants;
      case "careCoordinatorName" -> careCoordinatorName;
      case "responsibleClinicianName" -> responsibleClinicianName;
      case "peerExpertName" -> peerExpertName;
      default -> throw new IllegalArgumentException("Onbekend veld van het resourcegroepplan: " + field);
    };
  }

  void setHeader(String field, String value) {
    switch (field) {
      case "clientName" -> clientName = value;
      case "groupName" -> groupName = value;
      case "participants" -> participants = value;
      case "possibleParticipants" -> possibleParticipants = value;
      case "careCoordinatorName" -> careCoordinatorName = value;
      case "responsibleClinicianName" -> responsibleClinicianName = value;
      case "peerExpertName" -> peerExpertName = value;
      default -> throw new IllegalArgumentException("Onbekend veld van het resourcegroepplan: " + field);
    }
  }

  /** Hibernate leaves an embedded value null when all its columns are null. */
  EarlyWarningPlan earlyWarningPlan() {
    if (earlyWarningPlan == null) {
      earlyWarningPlan = new EarlyWarningPlan();
    }
    return earlyWarningPlan;
  }

  Optional<PlanGoal> goal(GoalKind kind, int slot) {
    return goals.stream().filter(g -> g.getKind() == kind && g.getSlot() == slot).findFirst();
  }

  PlanGoal goalOrNew(GoalKind kind, int slot) {
    return goal(kind, slot).orElseGet(() -> {
      PlanGoal goal = new PlanGoal(this, kind, slot);
      goals.add(goal);
      return goal;
    });
  }

  /** A goal whose texts are all empty is no goal: its slot becomes free. */
  void dropEmptyGoals() {
    goals.removeIf(PlanGoal::isEmpty);
  }

  void touch(String userId, Instant at) {
    updatedBy = userId;
    updatedAt = at;
  }

  String getId() {
    return id;
  }

  String getTrajectoryId() {
    return trajectoryId;
  }

  String getTeam() {
    return team;
  }

  Instant getUpdatedAt() {
    return updatedAt;
  }

  String getUpdatedBy() {
    return updatedBy;
  }
}
