package nl.resourcegroepen.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * The signaleringsplan of bijlage 3, with the contact details that follow it; part of the plan's row.
 * Field names are the keys of the {@code recovery-plan} and {@code relapse-steps} forms. The lists of the
 * form (crisis contacts, participants, significant others) are kept as text, one line per person.
 *
 * <p>The last three fields make it a terugvalpreventieplan in the verslavingszorg (form
 * {@code recovery-plan-addictionCare}): triggers, signals of craving and what to do after a lapse. They come
 * after the headings of bijlage 3 and stay empty in the other settings.
 */
@Embeddable
class EarlyWarningPlan {

  /** All fields, in the order of bijlage 3. */
  static final List<String> FIELDS = List.of(
      "earlyWarningSigns", "crisisContacts", "helpfulThings", "thingsOthersTakeOver", "unhelpfulThings",
      "signsOfImprovement", "preferredPlaceAway", "preferredAdmissionPlace", "crisisMedicationHelpful",
      "crisisMedicationRefused", "otherHelpfulTreatments", "relapseSteps", "stepUpArrangements",
      "participantContacts", "significantOtherContacts", "careCoordinatorPhone", "careCoordinatorEmail",
      "responsibleClinicianPhone", "responsibleClinicianEmail", "generalPractitionerName",
      "generalPractitionerPhone", "generalPractitionerEmail",
      "triggers", "cravingSignals", "lapseSteps");

  @Column(name = "early_warning_signs")
  private String earlyWarningSigns;
  @Column(name = "crisis_contacts")
  private String crisisContacts;
  @Column(name = "helpful_things")
  private String helpfulThings;
  @Column(name = "things_others_take_over")
  private String thingsOthersTakeOver;
  @Column(name = "unhelpful_things")
  private String unhelpfulThings;
  @Column(name = "signs_of_improvement")
  private String signsOfImprovement;
  @Column(name = "preferred_place_away")
  private String preferredPlaceAway;
  @Column(name = "preferred_admission_place")
  private String preferredAdmissionPlace;
  @Column(name = "crisis_medication_helpful")
  private String crisisMedicationHelpful;
  @Column(name = "crisis_medication_refused")
  private String crisisMedicationRefused;
  @Column(name = "other_helpful_treatments")
  private String otherHelpfulTreatments;
  @Column(name = "relapse_steps")
  private String relapseSteps;
  @Column(name = "step_up_arrangements")
  private String stepUpArrangements;
  @Column(name = "participant_contacts")
  private String participantContacts;
  @Column(name = "significant_other_contacts")
  private String significantOtherContacts;
  @Column(name = "care_coordinator_phone")
  private String careCoordinatorPhone;
  @Column(name = "care_coordinator_email")
  private String careCoordinatorEmail;
  @Column(name = "responsible_clinician_phone")
  private String responsibleClinicianPhone;
  @Column(name = "responsible_clinician_email")
  private String responsibleClinicianEmail;
  @Column(name = "general_practitioner_name")
  private String generalPractitionerName;
  @Column(name = "general_practitioner_phone")
  private String generalPractitionerPhone;
  @Column(name = "general_practitioner_email")
  private String generalPractitionerEmail;
  // terugvalpreventieplan (verslavingszorg)
  private String triggers;
  @Column(name = "craving_signals")
  private String cravingSignals;
  @Column(name = "lapse_steps")
  private String lapseSteps;

  String get(String field) {
    return switch (field) {
      case "earlyWarningSigns" -> earlyWarningSigns;
      case "crisisContacts" -> crisisContacts;
      case "helpfulThings" -> helpfulThings;
      case "thingsOthersTakeOver" -> thingsOthersTakeOver;
      case "unhelpfulThings" -> unhelpfulThings;
      case "signsOfImprovement" -> signsOfImprovement;
      case "preferredPlaceAway" -> preferredPlaceAway;
      case "preferredAdmissionPlace" -> preferredAdmissionPlace;
      case "crisisMedicationHelpful" -> crisisMedicationHelpful;
      case "crisisMedicationRefused" -> crisisMedicationRefused;
      case "otherHelpfulTreatments" -> otherHelpfulTreatments;
      case "relapseSteps" -> relapseSteps;
      case "stepUpArrangements" -> stepUpArrangements;
      case "participantContacts" -> participantContacts;
      case "significantOtherContacts" -> significantOtherContacts;
      case "careCoordinatorPhone" -> careCoordinatorPhone;
      case "careCoordinatorEmail" -> careCoordinatorEmail;
      case "responsibleClinicianPhone" -> responsibleClinicianPhone;
      case "responsibleClinicianEmail" -> responsibleClinicianEmail;
      case "generalPractitionerName" -> generalPractitionerName;
      case "generalPractitionerPhone" -> generalPractitionerPhone;
      case "generalPractitionerEmail" -> generalPractitionerEmail;
      case "triggers" -> triggers;
      case "cravingSignals" -> cravingSignals;
      case "lapseSteps" -> lapseSteps;
      default -> throw new IllegalArgumentException("Onbekend veld van het signaleringsplan: " + field);
    };
  }

  void set(String field, String value) {
    switch (field) {
      case "earlyWarningSigns" -> earlyWarningSigns = value;
      case "crisisContacts" -> crisisContacts = value;
      case "helpfulThings" -> helpfulThings = value;
      case "thingsOthersTakeOver" -> thingsOthersTakeOver = value;
      case "unhelpfulThings" -> unhelpfulThings = value;
      case "signsOfImprovement" -> signsOfImprovement = value;
      case "preferredPlaceAway" -> preferredPlaceAway = value;
      case "preferredAdmissionPlace" -> preferredAdmissionPlace = value;
      case "crisisMedicationHelpful" -> crisisMedicationHelpful = value;
      case "crisisMedicationRefused" -> crisisMedicationRefused = value;
      case "otherHelpfulTreatments" -> otherHelpfulTreatments = value;
      case "relapseSteps" -> relapseSteps = value;
      case "stepUpArrangements" -> stepUpArrangements = value;
      case "participantContacts" -> participantContacts = value;
      case "significantOtherContacts" -> significantOtherContacts = value;
      case "careCoordinatorPhone" -> careCoordinatorPhone = value;
      case "careCoordinatorEmail" -> careCoordinatorEmail = value;
      case "responsibleClinicianPhone" -> responsibleClinicianPhone = value;
      case "responsibleClinicianEmail" -> responsibleClinicianEmail = value;
      case "generalPractitionerName" -> generalPractitionerName = value;
      case "generalPractitionerPhone" -> generalPractitionerPhone = value;
      case "generalPractitionerEmail" -> generalPractitionerEmail = value;
      case "triggers" -> triggers = value;
      case "cravingSignals" -> cravingSignals = value;
      case "lapseSteps" -> lapseSteps = value;
      default -> throw new IllegalArgumentException("Onbekend veld van het signaleringsplan: " + field);
    }
  }
}
