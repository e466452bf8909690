package nl.resourcegroepen.trajectory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One client's resource group from preparation onward; its id is the main process's business key. */
@Entity
@Table(name = "trajectory")
public class Trajectory {

  @Id
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "client_id")
  private Client client;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Setting setting;

  @Column(nullable = false)
  private String team;

  @Column(name = "care_coordinator", nullable = false)
  private String careCoordinator;

  @Enumerated(EnumType.STRING)
  @Column(name = "current_phase", nullable = false)
  private Phase currentPhase;

  @Column(name = "phase_reached_at", nullable = false)
  private Instant phaseReachedAt;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "start_meeting_held_on")
  private LocalDate startMeetingHeldOn;

  @Version
  private long version;

  protected Trajectory() {
  }

  Trajectory(Client client, Setting setting, String team, String careCoordinator, Instant startedAt) {
    this.id = UUID.randomUUID().toString();
    this.client = client;
    this.setting = setting;
    this.team = team;
    this.careCoordinator = careCoordinator;
    this.currentPhase = Phase.PREPARATION;
    this.phaseReachedAt = startedAt;
    this.startedAt = startedAt;
  }

  /** Moves to a phase; returns false when the trajectory is already in it. */
  boolean reach(Phase phase, Instant at) {
    if (phase == currentPhase) {
      return false;
    }
    currentPhase = phase;
    phaseReachedAt = at;
    closedAt = phase == Phase.CLOSED ? at : null;
    return true;
  }

  void startMeetingHeld(LocalDate on) {
    if (startMeetingHeldOn == null) {
      startMeetingHeldOn = on;
    }
  }

  public LocalDate getStartMeetingHeldOn() {
    return startMeetingHeldOn;
  }

  public String getId() {
    return id;
  }

  public Client getClient() {
    return client;
  }

  public Setting getSetting() {
    return setting;
  }

  public String getTeam() {
    return team;
  }

  public String getCareCoordinator() {
    return careCoordinator;
  }

  public Phase getCurrentPhase() {
    return currentPhase;
  }

  public Instant getPhaseReachedAt() {
    return phaseReachedAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
