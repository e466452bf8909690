package nl.resourcegroepen.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  @Column(name = "chair_formal")
  private String chairFormal;

  @Column(name = "chair_informal")
  private String chairInformal;

  @Column(name = "minute_taker")
  private String minuteTaker;

  @Column(columnDefinition = "text")
  private String minutes;

  @ElementCollection
  @CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
  private List<Attendance> attendance = new ArrayList<>();

  /** Terugval en opschaling (verslavingszorg); null when the meeting's form has no such section. */
  @Embedded
  private RelapseReview relapseReview;

  protected Meeting() {
  }

  Meeting(String trajectoryId, String team, MeetingType type, LocalDate heldOn, String location,
      boolean responsibleClinicianPresent, String chairFormal, String chairInformal, String minuteTaker,
      String minutes, List<Attendance> attendance) {
    this.chairFormal = chairFormal;
    this.chairInformal = chairInformal;
    this.minuteTaker = minuteTaker;
    this.minutes = minutes;
    this.attendance = new ArrayList<>(attendance);
    this.id = UUID.randomUUID().toString();
    this.trajectoryId = trajectoryId;
    this.team = team;
    this.type = type;
    this.heldOn = heldOn;
    this.location = location;
    this.responsibleClinicianPresent = responsibleClinicianPresent;
  }

  void reviewRelapse(RelapseReview review) {
    this.relapseReview = review;
  }

  public String getId() {
    return id;
  }

  /** What was said about relapse and step-up, when the meeting's form asks for it. */
  public Optional<RelapseReview> getRelapseReview() {
    return Optional.ofNullable(relapseReview).filter(r -> !r.isEmpty());
  }

  public MeetingType getType() {
    return type;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getChairFormal() {
    return chairFormal;
  }

  public String getChairInformal() {
    return chairInformal;
  }

  public String getMinuteTaker() {
    return minuteTaker;
  }

  public String getMinutes() {
    return minutes;
  }

  public List<Attendance> getAttendance() {
    return List.copyOf(attendance);
  }

  public String getLocation() {
    return location;
  }

  public boolean isResponsibleClinicianPresent() {
    return responsibleClinicianPresent;
  }
}
