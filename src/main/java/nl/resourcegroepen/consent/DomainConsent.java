package nl.resourcegroepen.consent;

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
 * One recorded decision of a client about sharing information with one domain, with who recorded it and
 * when. Rows are never changed: a later row for the same domain replaces the consent, the earlier ones
 * stay as its history.
 */
@Entity
@Table(name = "domain_consent")
class DomainConsent {

  @Id
  private String id;

  @Column(name = "trajectory_id", nullable = false)
  private String trajectoryId;

  @Column(nullable = false)
  private String team;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsentDomain domain;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsentDecision decision;

  private String detail;

  @Column(name = "discussed_on")
  private LocalDate discussedOn;

  @Column(name = "form_id", nullable = false)
  private String formId;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected DomainConsent() {
  }

  DomainConsent(String trajectoryId, String team, ConsentDomain domain, ConsentDecision decision, String detail,
      LocalDate discussedOn, String formId, String recordedBy, Instant recordedAt) {
    this.id = UUID.randomUUID().toString();
    this.trajectoryId = trajectoryId;
    this.team = team;
    this.domain = domain;
    this.decision = decision;
    this.detail = detail;
    this.discussedOn = discussedOn;
    this.formId = formId;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  ConsentDomain getDomain() {
    return domain;
  }

  ConsentDecision getDecision() {
    return decision;
  }

  String getDetail() {
    return detail;
  }

  LocalDate getDiscussedOn() {
    return discussedOn;
  }

  String getFormId() {
    return formId;
  }

  String getRecordedBy() {
    return recordedBy;
  }

  Instant getRecordedAt() {
    return recordedAt;
  }
}
