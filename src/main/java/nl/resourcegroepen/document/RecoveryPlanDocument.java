package nl.resourcegroepen.document;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.resourcegroepen.document.PdfLayout.Style;
import nl.resourcegroepen.member.MemberRole;
import nl.resourcegroepen.plan.CrisisContacts;
import nl.resourcegroepen.plan.GoalKind;
import nl.resourcegroepen.plan.PlanDocument;
import nl.resourcegroepen.plan.PlanDocument.EarlyWarningPlanDocument;

/**
 * The resourcegroepplan with signaleringsplan (toolkit, bijlage 3) as PDF, laid out like the paper model:
 * every heading of the model is printed, an empty one with an empty line to write on. It prints the plan
 * as stored (forms and {@code PUT /plan} alike), so what was last saved is what is printed.
 */
final class RecoveryPlanDocument {

  private static final float LABEL_WIDTH = 150;
  private static final float CRISIS_LABEL_WIDTH = 180;
  private static final float INDENT = 14;

  /**
   * What the printed plan is made of: the plan as stored, and the members of the group for what the plan
   * leaves open (participants, zorgverantwoordelijke, ervaringsdeskundige, their contact details).
   *
   * @param clientName the client's name (client table)
   * @param members the members now in the group, oldest first
   * @param careCoordinatorName the care coordinator's name when the plan has none (the Camunda user)
   * @param careCoordinatorEmail the care coordinator's e-mail address when the plan has none
   */
  record Data(String clientName, PlanDocument plan, List<GroupMember> members, String careCoordinatorName,
      String careCoordinatorEmail, Instant printedAt) {
  }

  /** A member of the group as the plan prints it. */
  record GroupMember(String name, MemberRole role, String contact) {
  }

  private RecoveryPlanDocument() {
  }

  static byte[] render(Data data) {
    PlanDocument plan = data.plan();
    // The plan's view always has a signaleringsplan, empty or not.
    EarlyWarningPlanDocument warning = plan.earlyWarningPlan();
    String client = data.clientName();
    try (PdfLayout pdf = new PdfLayout("Resourcegroepplan")) {
      pdf.text(Style.TITLE, "RESOURCEGROEPPLAN van " + client, 0);
      pdf.separator();
      pdf.row("Resourcegroepplan van:", client, 0, LABEL_WIDTH);
      pdf.row("Naam resourcegroep:", plan.groupName(), 0, LABEL_WIDTH);
      pdf.row("Deelnemers:", firstNonNull(plan.participants(), joined(data.members().stream()
          .map(m -> m.name() + " (" + m.role().dutchName() + ")").toArray(String[]::new))), 0, LABEL_WIDTH);
      pdf.row("Mogelijke deelnemers per bijeenkomst uitnodigen:", plan.possibleParticipants(), 0, LABEL_WIDTH);
      pdf.row("Regieondersteuner:", careCoordinatorName(data), 0, LABEL_WIDTH);
      pdf.row("Zorgverantwoordelijke:", responsibleClinician(data), 0, LABEL_WIDTH);
      pdf.row("Ervaringsdeskundige:", firstNonNull(plan.peerExpertName(), names(data, MemberRole.PEER_EXPERT)),
          0, LABEL_WIDTH);

      pdf.space(14);
      pdf.heading(Style.HEADING, "Lange termijn: dit wil ik over een tijdje bereiken", 0, 60);
      pdf.text(Style.LABEL, "Persoonlijke langetermijnhersteldoelen. Over een tijdje wil ik:", 0);
      for (int slot = 1; slot <= GoalKind.LONG.max(); slot++) {
        pdf.row(slot + ".", longTermGoal(plan, slot), INDENT, 16);
      }

      for (int slot = 1; slot <= GoalKind.SHORT.max(); slot++) {
        PlanDocument.ShortTermGoal goal = shortTermGoal(plan, slot);
        pdf.space(14);
        pdf.heading(Style.HEADING,
            "Kortetermijnhersteldoel " + slot + ": dit wil ik de volgende bijeenkomst bereikt hebben", 0, 70);
        if (goal.goal() == null) {
          pdf.writingLine(INDENT);
        } else {
          pdf.text(Style.BODY, goal.goal(), INDENT);
        }
        pdf.space(6);
        pdf.block("Hoe is het nu:", goal.now(), INDENT);
        pdf.block("Wat gaat goed:", goal.goingWell(), INDENT);
        pdf.block("Wat is nodig:", goal.needed(), INDENT);
        pdf.block("Wie gaat wat doen om me hierin te ondersteunen:", goal.whoDoesWhat(), INDENT);
        pdf.block("Hoe is te zien als het doel bereikt is/er stappen gezet worden:", goal.howToSee(), INDENT);
      }

      pdf.newPage();
      pdf.text(Style.TITLE, "Signaleringsplan van " + client, 0);
      pdf.separator();
      pdf.block("Signalen dat het niet goed met mij gaat:", warning.earlyWarningSigns(), 0);
      pdf.heading(Style.LABEL, "Personen met wie er contact opgenomen moet worden als er sprake is van een crisis:",
          0, 3 * pdf.lineHeight(Style.BODY));
      Map<CrisisContacts.Group, List<String>> contacts = CrisisContacts.byGroup(warning.crisisContacts());
      for (CrisisContacts.Group group : CrisisContacts.Group.values()) {
        List<String> people = contacts.get(group);
        pdf.row(group.label() + ":", people.isEmpty() ? null : String.join("\n", people), INDENT, CRISIS_LABEL_WIDTH);
      }
      pdf.space(5);
      pdf.block("Dingen die me helpen:", warning.helpfulThings(), 0);
      pdf.block("Dingen die anderen over moeten nemen:", warning.thingsOthersTakeOver(), 0);
      pdf.block("Dingen die niet helpen:", warning.unhelpfulThings(), 0);
      pdf.block("Hoe kan men zien dat het weer beter gaat en het signaleringsplan niet meer nodig is:",
          warning.signsOfImprovement(), 0);
      pdf.block("Waar ik het liefste wil zijn als ik niet thuis kan of wil zijn:", warning.preferredPlaceAway(), 0);
      pdf.block("Waar ik het liefste opgenomen wil worden:", warning.preferredAdmissionPlace(), 0);
      pdf.block("Medicatie die mij helpt als er sprake is van een crisis:", warning.crisisMedicationHelpful(), 0);
      pdf.block("Medicatie die ik absoluut niet wil hebben als er een crisis is:", warning.crisisMedicationRefused(),
          0);
      pdf.block("Andere behandelingen of activiteiten die mij helpen om me beter te voelen:",
          warning.otherHelpfulTreatments(), 0);
      relapsePrevention(pdf, warning);
      // Not in the paper model, but part of the plan once recorded in phase 6 (relapse-steps).
      optionalBlock(pdf, "Stappen bij terugval:", warning.relapseSteps());
      optionalBlock(pdf, "Afspraken over opschaling:", warning.stepUpArrangements());

      pdf.space(14);
      pdf.heading(Style.HEADING, "Contactgegevens (naam, telefoonnr, emailadres)", 0, 60);
      pdf.block("Deelnemers resourcegroep:", bullets(firstNonNull(warning.participantContacts(),
          memberContacts(data))), 0);
      pdf.block("Belangrijke anderen:", bullets(warning.significantOtherContacts()), 0);
      // The Camunda user's e-mail address only goes with the Camunda user's name, not with a name in the plan.
      String email = plan.careCoordinatorName() == null
          ? firstNonNull(warning.careCoordinatorEmail(), data.careCoordinatorEmail()) : warning.careCoordinatorEmail();
      pdf.row("Regieondersteuner:", joined(careCoordinatorName(data), warning.careCoordinatorPhone(), email),
          0, LABEL_WIDTH);
      pdf.row("Zorgverantwoordelijke:", joined(responsibleClinician(data), warning.responsibleClinicianPhone(),
          warning.responsibleClinicianEmail()), 0, LABEL_WIDTH);
      pdf.row("Huisarts:", joined(warning.generalPractitionerName(), warning.generalPractitionerPhone(),
          warning.generalPractitionerEmail()), 0, LABEL_WIDTH);

      return pdf.finish("Resourcegroepplan van " + client + " \u2013 vertrouwelijk \u2013 afgedrukt op "
          + DutchDates.date(data.printedAt()), true);
    }
  }

  private static String longTermGoal(PlanDocument plan, int slot) {
    return plan.longTermGoals() == null ? null : plan.longTermGoals().stream()
        .filter(g -> g.slot() != null && g.slot() == slot).map(PlanDocument.LongTermGoal::goal)
        .findFirst().orElse(null);
  }

  /** The short-term goal in a slot, or an empty one to write on. */
  private static PlanDocument.ShortTermGoal shortTermGoal(PlanDocument plan, int slot) {
    return (plan.shortTermGoals() == null ? List.<PlanDocument.ShortTermGoal>of() : plan.shortTermGoals()).stream()
        .filter(g -> g.slot() != null && g.slot() == slot).findFirst()
        .orElse(new PlanDocument.ShortTermGoal(slot, null, null, null, null, null, null));
  }

  /**
   * The terugvalpreventieplan's own headings (verslavingszorg, form {@code recovery-plan-addictionCare}), in
   * the form's words, each only when filled in: the plan of the other settings has no such headings.
   */
  private static void relapsePrevention(PdfLayout pdf, EarlyWarningPlanDocument warning) {
    optionalBlock(pdf, "Uitlokkende situaties: wanneer, waar en met wie heb ik meer kans op gebruik:",
        warning.triggers());
    optionalBlock(pdf, "Signalen van trek (craving): hoe merk ik en merken anderen dat ik trek heb:",
        warning.cravingSignals());
    optionalBlock(pdf, "Wat te doen na een uitglijder:", warning.lapseSteps());
  }

  private static void optionalBlock(PdfLayout pdf, String heading, String text) {
    if (text != null) {
      pdf.block(heading, text, 0);
    }
  }

  private static String careCoordinatorName(Data data) {
    return firstNonNull(data.plan().careCoordinatorName(), data.careCoordinatorName());
  }

  private static String responsibleClinician(Data data) {
    return firstNonNull(data.plan().responsibleClinicianName(), names(data, MemberRole.RESPONSIBLE_CLINICIAN));
  }

  private static String names(Data data, MemberRole role) {
    return joined(data.members().stream().filter(m -> m.role() == role).map(GroupMember::name)
        .toArray(String[]::new));
  }

  /** The members with contact details, one a line, when the plan has no list of its own. */
  private static String memberContacts(Data data) {
    String lines = data.members().stream().filter(m -> m.contact() != null)
        .map(m -> m.name() + ", " + m.contact()).collect(Collectors.joining("\n"));
    return lines.isEmpty() ? null : lines;
  }

  /** People one a line, each with a bullet. */
  private static String bullets(String lines) {
    if (lines == null) {
      return null;
    }
    String text = lines.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> "\u2022 " + l)
        .collect(Collectors.joining("\n"));
    return text.isEmpty() ? null : text;
  }

  private static String joined(String... parts) {
    String text = Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(", "));
    return text.isEmpty() ? null : text;
  }

  private static String firstNonNull(String first, String second) {
    return first != null ? first : second;
  }
}
