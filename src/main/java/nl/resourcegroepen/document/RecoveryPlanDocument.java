package nl.resourcegroepen.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.resourcegroepen.document.PdfLayout.Style;

/**
 * The resourcegroepplan with signaleringsplan (toolkit, bijlage 3) as PDF, laid out like the paper model:
 * every heading of the model is printed, an empty one with an empty line to write on.
 */
final class RecoveryPlanDocument {

  /** The forms the plan is made from, in the keys of forms/README.md. */
  static final List<String> FORMS = List.of("recovery-goals", "recovery-plan", "relapse-steps",
      "recovery-plan-addictionCare");

  private static final float LABEL_WIDTH = 150;
  private static final float CRISIS_LABEL_WIDTH = 180;
  private static final float INDENT = 14;
  private static final String[][] QUESTIONS = {
      {"Now", "Hoe is het nu:"},
      {"GoingWell", "Wat gaat goed:"},
      {"Needed", "Wat is nodig:"},
      {"WhoDoesWhat", "Wie gaat wat doen om me hierin te ondersteunen:"},
      {"HowToSee", "Hoe is te zien als het doel bereikt is/er stappen gezet worden:"}};
  private static final String[][] EARLY_WARNING_PLAN = {
      {"helpfulThings", "Dingen die me helpen:"},
      {"thingsOthersTakeOver", "Dingen die anderen over moeten nemen:"},
      {"unhelpfulThings", "Dingen die niet helpen:"},
      {"signsOfImprovement", "Hoe kan men zien dat het weer beter gaat en het signaleringsplan niet meer nodig is:"},
      {"preferredPlaceAway", "Waar ik het liefste wil zijn als ik niet thuis kan of wil zijn:"},
      {"preferredAdmissionPlace", "Waar ik het liefste opgenomen wil worden:"},
      {"crisisMedicationHelpful", "Medicatie die mij helpt als er sprake is van een crisis:"},
      {"crisisMedicationRefused", "Medicatie die ik absoluut niet wil hebben als er een crisis is:"},
      {"otherHelpfulTreatments", "Andere behandelingen of activiteiten die mij helpen om me beter te voelen:"}};

  /**
   * @param clientName the client's name (client table)
   * @param careCoordinatorName the care coordinator's name when the form has none (the Camunda user)
   * @param careCoordinatorEmail the care coordinator's e-mail address when the form has none
   */
  record Data(String clientName, RecordedValues values, String careCoordinatorName, String careCoordinatorEmail,
      Instant printedAt) {
  }

  private RecoveryPlanDocument() {
  }

  static byte[] render(Data data) {
    RecordedValues v = data.values();
    String client = data.clientName();
    try (PdfLayout pdf = new PdfLayout("Resourcegroepplan")) {
      pdf.text(Style.TITLE, "RESOURCEGROEPPLAN van " + client, 0);
      pdf.separator();
      pdf.row("Resourcegroepplan van:", client, 0, LABEL_WIDTH);
      pdf.row("Naam resourcegroep:", v.text("groupName"), 0, LABEL_WIDTH);
      pdf.row("Deelnemers:", v.text("participants"), 0, LABEL_WIDTH);
      pdf.row("Mogelijke deelnemers per bijeenkomst uitnodigen:", v.text("possibleParticipants"), 0, LABEL_WIDTH);
      pdf.row("Regieondersteuner:", careCoordinatorName(data), 0, LABEL_WIDTH);
      pdf.row("Zorgverantwoordelijke:", v.text("responsibleClinicianName"), 0, LABEL_WIDTH);
      pdf.row("Ervaringsdeskundige:", v.text("peerExpertName"), 0, LABEL_WIDTH);

      pdf.space(14);
      pdf.heading(Style.HEADING, "Lange termijn: dit wil ik over een tijdje bereiken", 0, 60);
      pdf.text(Style.LABEL, "Persoonlijke langetermijnhersteldoelen. Over een tijdje wil ik:", 0);
      for (int goal = 1; goal <= 2; goal++) {
        pdf.row(goal + ".", v.text("longTermGoal" + goal), INDENT, 16);
      }

      for (int goal = 1; goal <= 3; goal++) {
        pdf.space(14);
        pdf.heading(Style.HEADING,
            "Kortetermijnhersteldoel " + goal + ": dit wil ik de volgende bijeenkomst bereikt hebben", 0, 70);
        String text = v.text("shortTermGoal" + goal);
        if (text == null) {
          pdf.writingLine(INDENT);
        } else {
          pdf.text(Style.BODY, text, INDENT);
        }
        pdf.space(6);
        for (String[] question : QUESTIONS) {
          pdf.block(question[1], v.text("shortTermGoal" + goal + question[0]), INDENT);
        }
      }

      pdf.newPage();
      pdf.text(Style.TITLE, "Signaleringsplan van " + client, 0);
      pdf.separator();
      pdf.block("Signalen dat het niet goed met mij gaat:", v.text("earlyWarningSigns"), 0);
      pdf.heading(Style.LABEL, "Personen met wie er contact opgenomen moet worden als er sprake is van een crisis:",
          0, 3 * pdf.lineHeight(Style.BODY));
      List<Map<String, String>> contacts = v.rows("crisisContacts").stream()
          .filter(r -> r.containsKey("name") || r.containsKey("phone")).toList();
      pdf.row("Resourcegroep:", crisisContacts(contacts, "resourceGroup"), INDENT, CRISIS_LABEL_WIDTH);
      pdf.row("Dossierhouder/hoofdbehandelaar:", crisisContacts(contacts, "caseHolder"), INDENT, CRISIS_LABEL_WIDTH);
      pdf.row("Overige:", crisisContacts(contacts, null), INDENT, CRISIS_LABEL_WIDTH);
      pdf.space(5);
      for (String[] heading : EARLY_WARNING_PLAN) {
        pdf.block(heading[1], v.text(heading[0]), 0);
      }
      relapsePrevention(pdf, v::text);
      // Not in the paper model, but part of the plan once recorded in phase 6 (relapse-steps).
      if (v.text("relapseSteps") != null) {
        pdf.block("Stappen bij terugval:", v.text("relapseSteps"), 0);
      }
      if (v.text("stepUpArrangements") != null) {
        pdf.block("Afspraken over opschaling:", v.text("stepUpArrangements"), 0);
      }

      pdf.space(14);
      pdf.heading(Style.HEADING, "Contactgegevens (naam, telefoonnr, emailadres)", 0, 60);
      pdf.block("Deelnemers resourcegroep:", contactLines(v.rows("participantContacts")), 0);
      pdf.block("Belangrijke anderen:", contactLines(v.rows("significantOtherContacts")), 0);
      // The Camunda user's e-mail address only goes with the Camunda user's name, not with a name in the form.
      String email = v.text("careCoordinatorName") == null
          ? firstNonNull(v.text("careCoordinatorEmail"), data.careCoordinatorEmail()) : v.text("careCoordinatorEmail");
      pdf.row("Regieondersteuner:", joined(careCoordinatorName(data), v.text("careCoordinatorPhone"), email),
          0, LABEL_WIDTH);
      pdf.row("Zorgverantwoordelijke:", joined(v.text("responsibleClinicianName"), v.text("responsibleClinicianPhone"),
          v.text("responsibleClinicianEmail")), 0, LABEL_WIDTH);
      pdf.row("Huisarts:", joined(v.text("generalPractitionerName"), v.text("generalPractitionerPhone"),
          v.text("generalPractitionerEmail")), 0, LABEL_WIDTH);

      return pdf.finish("Resourcegroepplan van " + client + " \u2013 vertrouwelijk \u2013 afgedrukt op "
          + DutchDates.date(data.printedAt()), true);
    }
  }

  /** Verslavingszorg: the headings that make the signaleringsplan a terugvalpreventieplan, in the form's words. */
  private static final String[][] RELAPSE_PREVENTION = {
      {"triggers", "Uitlokkende situaties: wanneer, waar en met wie heb ik meer kans op gebruik:"},
      {"cravingSignals", "Signalen van trek (craving): hoe merk ik en merken anderen dat ik trek heb:"},
      {"lapseSteps", "Wat te doen na een uitglijder:"}};

  /**
   * The terugvalpreventieplan's own headings (verslavingszorg), each only when filled in: the plan of the
   * other settings has no such headings. Reads the values through {@code text} (field name to text), so it
   * does not depend on where the plan's values come from.
   */
  static void relapsePrevention(PdfLayout pdf, Function<String, String> text) {
    for (String[] heading : RELAPSE_PREVENTION) {
      if (text.apply(heading[0]) != null) {
        pdf.block(heading[1], text.apply(heading[0]), 0);
      }
    }
  }

  private static String careCoordinatorName(Data data) {
    return firstNonNull(data.values().text("careCoordinatorName"), data.careCoordinatorName());
  }

  /** The crisis contacts of a role, one a line; role null takes "other" and rows without a role. */
  private static String crisisContacts(List<Map<String, String>> contacts, String role) {
    return contacts.stream()
        .filter(r -> role == null
            ? !"resourceGroup".equals(r.get("role")) && !"caseHolder".equals(r.get("role"))
            : role.equals(r.get("role")))
        .map(r -> joined(r.get("name"), r.get("phone")))
        .collect(Collectors.collectingAndThen(Collectors.joining("\n"), s -> s.isEmpty() ? null : s));
  }

  private static String contactLines(List<Map<String, String>> rows) {
    List<String> lines = new ArrayList<>();
    for (Map<String, String> row : rows) {
      lines.add("\u2022 " + joined(row.get("name"), row.get("phone"), row.get("email")));
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  private static String joined(String... parts) {
    String text = Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(", "));
    return text.isEmpty() ? null : text;
  }

  private static String firstNonNull(String first, String second) {
    return first != null ? first : second;
  }
}
