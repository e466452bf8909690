package nl.resourcegroepen.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A person in (or nominated for) a client's resource group. Names live here, never in the engine. */
@Entity
@Table(name = "member")
public class Member {

  @Id
  private String id;

  @Column(name = "trajectory_id", nullable = false)
  private String trajectoryId;

  @Column(nullable = false)
  private String team;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MemberRole role;

  private String relation;

  private String contact;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MemberStatus status;

  @Column(name = "nominated_at", nullable = false)
  private Instant nominatedAt;

  @Column(name = "responded_at")
  private Instant respondedAt;

  @Column(name = "joined_at")
  private Instant joinedAt;

  @Column(name = "left_at")
  private Instant leftAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Member() {
  }

  Member(String trajectoryId, String team, String name, MemberRole role, String relation, String contact,
      MemberStatus status, String createdBy, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.createdBy = createdBy;
    this.trajectoryId = trajectoryId;
    this.team = team;
    this.name = name;
    this.role = role;
    this.relation = relation;
    this.contact = contact;
    this.status = status;
    this.nominatedAt = at;
    this.joinedAt = status == MemberStatus.ACTIVE ? at : null;
  }

  void respond(boolean accepted, Instant at) {
    status = accepted ? MemberStatus.ACCEPTED : MemberStatus.DECLINED;
    respondedAt = at;
  }

  void activate(Instant at) {
    status = MemberStatus.ACTIVE;
    joinedAt = joinedAt == null ? at : joinedAt;
    leftAt = null;
  }

  void leave(Instant at) {
    status = MemberStatus.LEFT;
    leftAt = at;
  }

  void contact(String contact) {
    this.contact = contact;
  }

  void rename(String name) {
    this.name = name;
  }

  void touch(String by, Instant at) {
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** The recorded fields as text, for the history of changes. */
  Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("role", role.code());
    fields.put("relation", relation);
    fields.put("contact", contact);
    fields.put("status", status.name());
    return fields;
  }

  public String getTeam() {
    return team;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getJoinedAt() {
    return joinedAt;
  }

  public Instant getLeftAt() {
    return leftAt;
  }

  public String getId() {
    return id;
  }

  public String getTrajectoryId() {
    return trajectoryId;
  }

  public String getName() {
    return name;
  }

  public MemberRole getRole() {
    return role;
  }

  public String getRelation() {
    return relation;
  }

  public String getContact() {
    return contact;
  }

  public Instant getNominatedAt() {
    return nominatedAt;
  }

  public Instant getRespondedAt() {
    return respondedAt;
  }

  public MemberStatus getStatus() {
    return status;
  }
}
