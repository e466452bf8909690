package nl.resourcegroepen.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A working agreement (werkafspraak) made in a meeting: who does what for which goal, by when; reviewed later. */
@Entity
@Table(name = "agreement")
public class Agreement {

  @Id
  private String id;

  @Column(name = "trajectory_id", nullable = false)
  private String trajectoryId;

  @Column(nullable = false)
  private String team;

  @Column(name = "meeting_id", nullable = false)
  private String meetingId;

  /** The goal's slot in the plan: shortTermGoal1..3, longTermGoal1..2, or other. */
  @Column(nullable = false)
  private String goal;

  @Column(nullable = false)
  private String who;

  @Column(name = "member_id")
  private String memberId;

  @Column(nullable = false)
  private String what;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AgreementStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  /** The meeting in which the agreement was last reviewed. */
  @Column(name = "reviewed_in_meeting_id")
  private String reviewedInMeetingId;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Agreement() {
  }

  Agreement(String trajectoryId, String team, String meetingId, String goal, String who, String memberId,
      String what, LocalDate dueOn, String createdBy, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.trajectoryId = trajectoryId;
    this.team = team;
    this.meetingId = meetingId;
    this.goal = goal;
    this.who = who;
    this.memberId = memberId;
    this.what = what;
    this.dueOn = dueOn;
    this.status = AgreementStatus.OPEN;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** The outcome of the review in a meeting (null: the meeting is not named). */
  void review(AgreementStatus status, String meetingId) {
    this.status = status;
    if (meetingId != null) {
      this.reviewedInMeetingId = meetingId;
    }
  }

  /** A correction of who does what for which goal, by when. */
  void correct(String goal, String who, String memberId, String what, LocalDate dueOn) {
    this.goal = goal;
    this.who = who;
    this.memberId = memberId;
    this.what = what;
    this.dueOn = dueOn;
  }

  void touch(String by, Instant at) {
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** The recorded fields as text, for the history of changes. */
  Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("meetingId", meetingId);
    fields.put("goal", goal);
    fields.put("who", who);
    fields.put("memberId", memberId);
    fields.put("what", what);
    fields.put("dueOn", dueOn == null ? null : dueOn.toString());
    fields.put("status", status.name());
    fields.put("reviewedInMeetingId", reviewedInMeetingId);
    return fields;
  }

  public String getId() {
    return id;
  }

  public String getTrajectoryId() {
    return trajectoryId;
  }

  public String getMeetingId() {
    return meetingId;
  }

  public String getGoal() {
    return goal;
  }

  public String getWho() {
    return who;
  }

  public String getMemberId() {
    return memberId;
  }

  public String getWhat() {
    return what;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public AgreementStatus getStatus() {
    return status;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getTeam() {
    return team;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getReviewedInMeetingId() {
    return reviewedInMeetingId;
  }
}
