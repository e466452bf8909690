package nl.resourcegroepen.youth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Consent to a young person's resource group (jeugd): who was asked (by age), what the young person and
 * the parents or guardians answered, who of the parents, on which day, and who recorded it when. A
 * question that was not asked is null.
 */
@Entity
@Table(name = "youth_consent")
public class YouthConsentRecord {

  @Id
  private String id;

  @Column(name = "trajectory_id", nullable = false)
  private String trajectoryId;

  @Column(nullable = false)
  private String team;

  @Enumerated(EnumType.STRING)
  @Column(name = "consent_by", nullable = false)
  private ConsentBy consentBy;

  @Column(name = "young_person_consent")
  private Boolean youngPersonConsent;

  @Column(name = "parents_consent")
  private Boolean parentsConsent;

  @Column(name = "parent_names")
  private String parentNames;

  @Column(name = "consent_date", nullable = false)
  private LocalDate consentDate;

  private String notes;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected YouthConsentRecord() {
  }

  YouthConsentRecord(String trajectoryId, String team, ConsentBy consentBy, Boolean youngPersonConsent,
      Boolean parentsConsent, String parentNames, LocalDate consentDate, String notes, String recordedBy,
      Instant recordedAt) {
    this.id = UUID.randomUUID().toString();
    this.trajectoryId = trajectoryId;
    this.team = team;
    this.consentBy = consentBy;
    this.youngPersonConsent = youngPersonConsent;
    this.parentsConsent = parentsConsent;
    this.parentNames = parentNames;
    this.consentDate = consentDate;
    this.notes = notes;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** Everyone who had to consent did. */
  public boolean isGiven() {
    return !Boolean.FALSE.equals(youngPersonConsent) && !Boolean.FALSE.equals(parentsConsent);
  }

  public String getId() {
    return id;
  }

  public String getTrajectoryId() {
    return trajectoryId;
  }

  public ConsentBy getConsentBy() {
    return consentBy;
  }

  public Boolean getYoungPersonConsent() {
    return youngPersonConsent;
  }

  public Boolean getParentsConsent() {
    return parentsConsent;
  }

  public String getParentNames() {
    return parentNames;
  }

  public LocalDate getConsentDate() {
    return consentDate;
  }

  public String getNotes() {
    return notes;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
