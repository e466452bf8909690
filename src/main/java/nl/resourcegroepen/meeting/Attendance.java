package nl.resourcegroepen.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Someone who attended a meeting, in their role; linked to the member where they are one. */
@Embeddable
public class Attendance {

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String role;

  @Column(name = "member_id")
  private String memberId;

  @Column(nullable = false)
  private String team;

  protected Attendance() {
  }

  Attendance(String name, String role, String memberId, String team) {
    this.name = name;
    this.role = role;
    this.memberId = memberId;
    this.team = team;
  }

  public String getName() {
    return name;
  }

  public String getRole() {
    return role;
  }

  public String getMemberId() {
    return memberId;
  }
}
