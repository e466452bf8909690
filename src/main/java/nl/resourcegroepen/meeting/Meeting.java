package nl.resourcegroepen.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A meeting of the resource group that took place. */
@Entity
@Table(name = "meeting")
public class Meeting {

  @Id
  private String id;

  @Column(name = "trajectory_id", nullable = false)
  private String trajectoryId;

  @Column(nullable = false)
  private String team;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MeetingType type;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  private String location;

  @Column(name = "responsible_clinician_present", nullable = false)
  private boolean responsibleClinicianPresent;

  protected Meeting() {
  }

  Meeting(String trajectoryId, String team, MeetingType type, LocalDate heldOn, String location,
      boolean responsibleClinicianPresent) {
    this.id = UUID.randomUUID().toString();
    this.trajectoryId = trajectoryId;
    this.team = team;
    this.type = type;
    this.heldOn = heldOn;
    this.location = location;
    this.responsibleClinicianPresent = responsibleClinicianPresent;
  }

  public String getId() {
    return id;
  }

  public MeetingType getType() {
    return type;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getLocation() {
    return location;
  }

  public boolean isResponsibleClinicianPresent() {
    return responsibleClinicianPresent;
  }
}
