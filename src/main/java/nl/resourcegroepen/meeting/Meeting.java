package nl.resourcegroepen.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** A meeting of the resource group that took place; corrected through the API, with its history. */
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

  // Always shown with the meeting, also after the service's transaction: a handful of rows. Loaded for all
  // meetings of a list in one query, not one query per meeting.
  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
  private List<Attendance> attendance = new ArrayList<>();

  /** Terugval en opschaling (verslavingszorg); null or empty when the meeting had no such section. */
  @Embedded
  private RelapseReview relapseReview;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Meeting() {
  }

  Meeting(String trajectoryId, String team, MeetingDetails details, String by, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.trajectoryId = trajectoryId;
    this.team = team;
    this.createdBy = by;
    this.createdAt = at;
    apply(details);
  }

  /** Replaces what is recorded of the meeting (a correction). */
  void correct(MeetingDetails details, String by, Instant at) {
    apply(details);
    this.updatedBy = by;
    this.updatedAt = at;
  }

  private void apply(MeetingDetails d) {
    this.type = d.type();
    this.heldOn = d.heldOn();
    this.location = d.location();
    this.responsibleClinicianPresent = d.responsibleClinicianPresent();
    this.chairFormal = d.chairFormal();
    this.chairInformal = d.chairInformal();
    this.minuteTaker = d.minuteTaker();
    this.minutes = d.minutes();
    this.attendance.clear();
    d.attendance().forEach(a -> this.attendance.add(new Attendance(a.name(), a.role(), a.memberId(), team)));
    this.relapseReview = d.relapseReview();
  }

  /** The recorded fields as text, for the history of changes. */
  Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("type", type.name());
    fields.put("heldOn", heldOn.toString());
    fields.put("location", location);
    fields.put("responsibleClinicianPresent", String.valueOf(responsibleClinicianPresent));
    fields.put("chairFormal", chairFormal);
    fields.put("chairInformal", chairInformal);
    fields.put("minuteTaker", minuteTaker);
    fields.put("minutes", minutes);
    String attendees = attendance.stream()
        .map(a -> a.getName() + " (" + a.getRole() + (a.getMemberId() == null ? "" : ", " + a.getMemberId()) + ")")
        .collect(Collectors.joining("; "));
    fields.put("attendance", attendees.isEmpty() ? null : attendees);
    // Only in the verslavingszorg; absent (no history rows) elsewhere.
    RelapseReview review = getRelapseReview().orElse(null);
    fields.put("relapseReview.lapseSinceLastMeeting",
        review == null || review.getLapseSinceLastMeeting() == null ? null : review.getLapseSinceLastMeeting().toString());
    fields.put("relapseReview.lapseDescription", review == null ? null : review.getLapseDescription());
    fields.put("relapseReview.relapseAgreements", review == null ? null : review.getRelapseAgreements());
    fields.put("relapseReview.stepUpAgreements", review == null ? null : review.getStepUpAgreements());
    return fields;
  }

  public String getId() {
    return id;
  }

  /** What was said about relapse and step-up, when the meeting had that section (verslavingszorg). */
  public Optional<RelapseReview> getRelapseReview() {
    return Optional.ofNullable(relapseReview).filter(r -> !r.isEmpty());
  }

  public String getTrajectoryId() {
    return trajectoryId;
  }

  public String getTeam() {
    return team;
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

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
