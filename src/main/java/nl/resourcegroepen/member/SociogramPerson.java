package nl.resourcegroepen.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Someone who matters to the client, as drawn in the sociogram (bijlage 2). */
@Entity
@Table(name = "sociogram_person")
public class SociogramPerson {

  @Id
  private String id;

  @Column(name = "trajectory_id", nullable = false)
  private String trajectoryId;

  @Column(nullable = false)
  private String team;

  @Column(nullable = false)
  private String name;

  @Column(name = "relation_description")
  private String relationDescription;

  @Column(name = "relation_type")
  private String relationType;

  private String closeness;

  private String meaning;

  @Column(name = "possible_member", nullable = false)
  private boolean possibleMember;

  @Column(name = "drawn_at", nullable = false)
  private Instant drawnAt;

  protected SociogramPerson() {
  }

  SociogramPerson(String trajectoryId, String team, String name, String relationDescription, String relationType,
      String closeness, String meaning, boolean possibleMember, Instant drawnAt) {
    this.id = UUID.randomUUID().toString();
    this.trajectoryId = trajectoryId;
    this.team = team;
    this.name = name;
    this.relationDescription = relationDescription;
    this.relationType = relationType;
    this.closeness = closeness;
    this.meaning = meaning;
    this.possibleMember = possibleMember;
    this.drawnAt = drawnAt;
  }

  public String getName() {
    return name;
  }

  public String getRelationDescription() {
    return relationDescription;
  }

  public String getRelationType() {
    return relationType;
  }

  public String getCloseness() {
    return closeness;
  }

  public String getMeaning() {
    return meaning;
  }

  public boolean isPossibleMember() {
    return possibleMember;
  }

  public Instant getDrawnAt() {
    return drawnAt;
  }
}
