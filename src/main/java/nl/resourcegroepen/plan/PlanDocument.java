package nl.resourcegroepen.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The recovery plan as the API reads and writes it ({@code PUT} replaces the whole plan: a field that
 * is left out or empty is cleared). Goals are lists; a goal's {@code slot} is its number in the plan
 * (1–2 long-term, 1–3 short-term); without it, its position in the list is its number.
 */
public record PlanDocument(
    @Size(max = PlanDocument.MAX_TEXT, message = PlanDocument.TOO_LONG) String clientName,
    @Size(max = PlanDocument.MAX_TEXT, message = PlanDocument.TOO_LONG) String groupName,
    @Size(max = PlanDocument.MAX_TEXT, message = PlanDocument.TOO_LONG) String participants,
    @Size(max = PlanDocument.MAX_TEXT, message = PlanDocument.TOO_LONG) String possibleParticipants,
    @Size(max = PlanDocument.MAX_TEXT, message = PlanDocument.TOO_LONG) String careCoordinatorName,
    @Size(max = PlanDocument.MAX_TEXT, message = PlanDocument.TOO_LONG) String responsibleClinicianName,
    @Size(max = PlanDocument.MAX_TEXT, message = PlanDocument.TOO_LONG) String peerExpertName,
    @Size(max = 2, message = "Maximaal twee langetermijndoelen")
    List<@Valid @NotNull(message = "Een doel mag niet leeg (null) zijn") LongTermGoal> longTermGoals,
    @Size(max = 3, message = "Maximaal drie kortetermijndoelen")
    List<@Valid @NotNull(message = "Een doel mag niet leeg (null) zijn") ShortTermGoal> shortTermGoals,
    @Valid EarlyWarningPlanDocument earlyWarningPlan) {

  static final int MAX_TEXT = 4000;
  static final String TOO_LONG = "Maximaal 4000 tekens";

  public record LongTermGoal(
      Integer slot,
      @Size(max = MAX_TEXT, message = TOO_LONG) String goal) {
  }

  public record ShortTermGoal(
      Integer slot,
      @Size(max = MAX_TEXT, message = TOO_LONG) String goal,
      @Size(max = MAX_TEXT, message = TOO_LONG) String now,
      @Size(max = MAX_TEXT, message = TOO_LONG) String goingWell,
      @Size(max = MAX_TEXT, message = TOO_LONG) String needed,
      @Size(max = MAX_TEXT, message = TOO_LONG) String whoDoesWhat,
      @Size(max = MAX_TEXT, message = TOO_LONG) String howToSee) {
  }

  /**
   * The signaleringsplan and contact details (bijlage 3); lists of people are text, one line each. The last
   * three make it a terugvalpreventieplan (verslavingszorg): triggers (uitlokkende situaties), signals of
   * craving, and what to do after a lapse (uitglijder).
   */
  public record EarlyWarningPlanDocument(
      @Size(max = MAX_TEXT, message = TOO_LONG) String earlyWarningSigns,
      @Size(max = MAX_TEXT, message = TOO_LONG) String crisisContacts,
      @Size(max = MAX_TEXT, message = TOO_LONG) String helpfulThings,
      @Size(max = MAX_TEXT, message = TOO_LONG) String thingsOthersTakeOver,
      @Size(max = MAX_TEXT, message = TOO_LONG) String unhelpfulThings,
      @Size(max = MAX_TEXT, message = TOO_LONG) String signsOfImprovement,
      @Size(max = MAX_TEXT, message = TOO_LONG) String preferredPlaceAway,
      @Size(max = MAX_TEXT, message = TOO_LONG) String preferredAdmissionPlace,
      @Size(max = MAX_TEXT, message = TOO_LONG) String crisisMedicationHelpful,
      @Size(max = MAX_TEXT, message = TOO_LONG) String crisisMedicationRefused,
      @Size(max = MAX_TEXT, message = TOO_LONG) String otherHelpfulTreatments,
      @Size(max = MAX_TEXT, message = TOO_LONG) String relapseSteps,
      @Size(max = MAX_TEXT, message = TOO_LONG) String stepUpArrangements,
      @Size(max = MAX_TEXT, message = TOO_LONG) String participantContacts,
      @Size(max = MAX_TEXT, message = TOO_LONG) String significantOtherContacts,
      @Size(max = MAX_TEXT, message = TOO_LONG) String careCoordinatorPhone,
      @Size(max = MAX_TEXT, message = TOO_LONG) String careCoordinatorEmail,
      @Size(max = MAX_TEXT, message = TOO_LONG) String responsibleClinicianPhone,
      @Size(max = MAX_TEXT, message = TOO_LONG) String responsibleClinicianEmail,
      @Size(max = MAX_TEXT, message = TOO_LONG) String generalPractitionerName,
      @Size(max = MAX_TEXT, message = TOO_LONG) String generalPractitionerPhone,
      @Size(max = MAX_TEXT, message = TOO_LONG) String generalPractitionerEmail,
      @Size(max = MAX_TEXT, message = TOO_LONG) String triggers,
      @Size(max = MAX_TEXT, message = TOO_LONG) String cravingSignals,
      @Size(max = MAX_TEXT, message = TOO_LONG) String lapseSteps) {
  }
}
