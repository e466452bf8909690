package nl.resourcegroepen.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.resourcegroepen.plan.PlanDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Text the standard fonts cannot print is replaced, never a reason to fail; long text wraps onto new pages. */
class PdfLayoutTest {

  @Test
  void dutchCharactersPrintAsTheyAreAndOthersAreReplaced() {
    try (PdfLayout pdf = new PdfLayout("test")) {
      assertThat(pdf.clean("Zoë, één, geïnteresseerd, ‘erover praten’, “zo”, € 5 – klaar…"))
          .isEqualTo("Zoë, één, geïnteresseerd, ‘erover praten’, “zo”, € 5 – klaar…");
      assertThat(pdf.clean("Łódź ő ﬁets → 😀\u00a0a\tb\u200bc")).isEqualTo("Lódz o fiets -> ? a bc");
      assertThat(pdf.clean("regel 1\r\nregel 2")).isEqualTo("regel 1\nregel 2");
    }
  }

  @Test
  void aPlanWithAnyCharacterAndVeryLongTextIsPrintedOnNumberedPages() throws IOException {
    String longText = "Dit is een lange zin over het herstel van Teun (één, ‘twee’, ő, 😀). ".repeat(300)
        + "Zonderspatieszonderspatieszonderspatieszonderspatieszonderspatieszonderspatieszonderspaties"
        + "zonderspatieszonderspatieszonderspaties einde";
    PlanDocument plan = new ObjectMapper().convertValue(Map.of(
        "shortTermGoals", List.of(Map.of("slot", 1, "now", longText)),
        "earlyWarningPlan", Map.of("earlyWarningSigns", "\u0000\u0007signaal")), PlanDocument.class);
    byte[] pdf = RecoveryPlanDocument.render(new RecoveryPlanDocument.Data("Teun Ëlzinga", plan, List.of(), null,
        null, Instant.parse("2026-06-12T10:00:00Z")));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThan(4);
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("RESOURCEGROEPPLAN van Teun Ëlzinga", "pagina 1 van " + pages,
          "pagina " + pages + " van " + pages, "afgedrukt op 12 juni 2026", "één, ‘twee’, o, ?", "signaal", "einde");
    }
  }
}
