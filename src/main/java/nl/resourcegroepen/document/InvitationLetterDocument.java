package nl.resourcegroepen.document;

import java.time.Instant;
import java.util.List;
import nl.resourcegroepen.document.PdfLayout.Style;

/**
 * The invitation letter to a nominee (toolkit, bijlage 5) as PDF, in the u-form. The blanks of the model
 * are filled in: the nominee, the client, the proposed appointment and the care coordinator; what is not
 * known is printed as "......" to fill in by hand. The client's gender is not recorded, so the letter
 * names the client where the model says "zijn/haar".
 */
final class InvitationLetterDocument {

  static final String FORM = "invitation-letter";

  private static final String BLANK = "......";
  private static final float LABEL_WIDTH = 105;

  /**
   * @param letterDate the date the letter is sent (form) or null for the print date
   */
  record Data(String nomineeName, String clientName, String interviewDate, String interviewTime,
      String interviewLocation, String letterDate, String careCoordinatorName, String careCoordinatorEmail,
      String careCoordinatorPhone, String teamName, Instant printedAt) {
  }

  private InvitationLetterDocument() {
  }

  static byte[] render(Data data) {
    String client = data.clientName();
    try (PdfLayout pdf = new PdfLayout("Uitnodiging resourcegroep")) {
      if (data.teamName() != null) {
        pdf.text(Style.LABEL, data.teamName(), 0);
      }
      pdf.space(18);
      pdf.text(Style.BODY, "Datum: " + (data.letterDate() != null ? DutchDates.date(data.letterDate())
          : DutchDates.date(data.printedAt())), 0);
      pdf.text(Style.BODY, "Betreft: uitnodiging voor een kennismakingsgesprek over de resourcegroep van " + client, 0);
      pdf.space(22);

      pdf.text(Style.BODY, "Beste " + data.nomineeName() + ",", 0);
      pdf.space(8);
      for (String paragraph : paragraphs(client)) {
        pdf.text(Style.BODY, paragraph, 0);
        pdf.space(8);
      }

      pdf.text(Style.BODY, "Ik zou de volgende datum willen voorstellen voor de afspraak:", 0);
      pdf.space(4);
      pdf.row("Datum en dag:", orBlank(DutchDates.dayAndDate(data.interviewDate())), 14, LABEL_WIDTH);
      pdf.row("Tijdstip:", orBlank(DutchDates.time(data.interviewTime())), 14, LABEL_WIDTH);
      pdf.row("Locatie:", orBlank(data.interviewLocation()), 14, LABEL_WIDTH);
      pdf.space(10);

      pdf.text(Style.BODY, "Bij verhindering hoor ik dat graag zo spoedig mogelijk, zodat wij samen een nieuwe "
          + "afspraak kunnen plannen.", 0);
      pdf.space(16);
      pdf.text(Style.BODY, "Hartelijke groet,", 0);
      pdf.space(26);
      pdf.text(Style.LABEL, orBlank(data.careCoordinatorName()), 0);
      pdf.text(Style.BODY, "Regieondersteuner" + (data.teamName() != null ? ", " + data.teamName() : ""), 0);
      pdf.space(4);
      pdf.row("E-mailadres:", orBlank(data.careCoordinatorEmail()), 0, LABEL_WIDTH);
      pdf.row("Telefoonnummer:", orBlank(data.careCoordinatorPhone()), 0, LABEL_WIDTH);
      pdf.row("Werkdagen:", BLANK, 0, LABEL_WIDTH);
      pdf.space(12);
      pdf.text(Style.SMALL, "Bijlage: informatiefolder resourcegroepen", 0);
      return pdf.finish(null, false);
    }
  }

  /** The letter of bijlage 5 in the u-form, with the client's name where the model leaves a blank. */
  private static List<String> paragraphs(String c) {
    return List.of(
        "U ontvangt deze brief omdat " + c + " heeft voorgesteld om u te vragen of u wilt deelnemen aan de "
            + "resourcegroep van " + c + ". Dit betekent dat u belangrijk bent voor " + c + " en dat " + c
            + " graag zou willen dat u een rol speelt bij het herstel. In de bijgevoegde flyer staat wat een "
            + "resourcegroep precies inhoudt en wat u daarin kunt betekenen voor " + c + ".",
        "Voordat de groep van start gaat, wil ik (als regieondersteuner van " + c + ") graag met u afspreken om u "
            + "wat beter te leren kennen, om het werken met resourcegroepen nader toe te lichten en om meer over "
            + "uw ervaringen in de relatie met " + c + " te horen. Het is vaak moeilijk en pijnlijk om mee te maken "
            + "dat een familielid, vriend(in), collega of buurman/-vrouw angstig, somber, in de war of agressief "
            + "is of dat u soms niet weet hoe u hem of haar dan kunt helpen.",
        "Wij realiseren ons dat we daar als hulpverleners niet altijd voldoende oog en oor voor hebben, terwijl "
            + "het voor familie en naasten heel ingrijpende en confronterende situaties kunnen zijn. Daarom willen "
            + "we u graag ontmoeten, niet alleen om stil te staan bij de rol die u zou kunnen spelen in het herstel "
            + "van " + c + ", maar ook om te horen wat voor impact de psychische problemen van " + c + " op u en "
            + "op uw relatie met " + c + " hebben of hebben gehad.",
        "Wij hopen dat dit voorbereidende gesprek eventuele drempels om mee te doen aan de resourcegroep kan "
            + "wegnemen en eraan bijdraagt dat u zich vrij voelt om mee te denken over de hersteldoelen die " + c
            + " wil bereiken en om met elkaar " + c + " te ondersteunen bij het behalen ervan.");
  }

  private static String orBlank(String value) {
    return value == null || value.isBlank() ? BLANK : value;
  }
}
