package nl.resourcegroepen.trajectory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The moment a trajectory reached a phase: the timeline of the trajectory and the basis of phase reports. */
@Entity
@Table(name = "phase_transition")
public class PhaseTransition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "trajectory_id", nullable = false)
  private String trajectoryId;

  @Column(nullable = false)
  private String team;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Phase phase;

  @Column(name = "reached_at", nullable = false)
  private Instant reachedAt;

  protected PhaseTransition() {
  }

  PhaseTransition(String trajectoryId, String team, Phase phase, Instant reachedAt) {
    this.trajectoryId = trajectoryId;
    this.team = team;
    this.phase = phase;
    this.reachedAt = reachedAt;
  }

  public Phase getPhase() {
    return phase;
  }

  public Instant getReachedAt() {
    return reachedAt;
  }
}
