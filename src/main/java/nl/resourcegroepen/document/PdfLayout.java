package nl.resourcegroepen.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A small flowing layout on A4 pages with the standard Helvetica fonts (WinAnsi): text wraps within the
 * margins, a new page starts when a page is full, and at the end every page gets a footer with its page
 * number. Characters the font cannot print are replaced by a close equivalent (accents stripped) or a
 * question mark, never an error.
 */
final class PdfLayout implements AutoCloseable {

  static final float BODY_SIZE = 10.5f;

  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float LEFT = 64;
  private static final float RIGHT = PAGE.getWidth() - 64;
  private static final float TOP = PAGE.getHeight() - 58;
  private static final float BOTTOM = 70;
  private static final float LEADING = 1.38f;
  private static final Color RULE = new Color(0.72f, 0.72f, 0.72f);
  private static final Color GREY = new Color(0.35f, 0.35f, 0.35f);
  private static final Map<String, String> REPLACEMENTS = Map.ofEntries(
      Map.entry("\u2010", "-"), Map.entry("\u2011", "-"), Map.entry("\u2012", "-"), Map.entry("\u2015", "\u2014"),
      Map.entry("\u2212", "-"), Map.entry("\u2032", "'"), Map.entry("\u2033", "\""), Map.entry("\u201B", "\u2018"),
      Map.entry("\u2192", "->"), Map.entry("\u2190", "<-"), Map.entry("\u2264", "<="), Map.entry("\u2265", ">="),
      Map.entry("\u25CF", "\u2022"), Map.entry("\u25E6", "\u2022"), Map.entry("\u25AA", "\u2022"),
      Map.entry("\u2713", "v"), Map.entry("\u2714", "v"), Map.entry("\u0141", "L"), Map.entry("\u0142", "l"),
      Map.entry("\u0110", "D"), Map.entry("\u0111", "d"), Map.entry("\u0131", "i"));

  enum Style {
    TITLE(true, 17),
    HEADING(true, 12),
    SUBHEADING(true, 11.5f),
    LABEL(true, BODY_SIZE),
    BODY(false, BODY_SIZE),
    SMALL(false, 8.5f);

    final boolean bold;
    final float size;

    Style(boolean bold, float size) {
      this.bold = bold;
      this.size = size;
    }
  }

  private final PDDocument document = new PDDocument();
  private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final Map<Integer, Boolean> printable = new ConcurrentHashMap<>();
  private PDPageContentStream content;
  private float y;

  PdfLayout(String title) {
    document.getDocumentInformation().setTitle(title);
    document.getDocumentCatalog().setLanguage("nl-NL");
    newPage();
  }

  /** Text in a style, wrapped; each line break in the text starts a new line, an empty line gives some space. */
  void text(Style style, String text, float indent) {
    for (String paragraph : paragraphs(text)) {
      if (paragraph.isBlank()) {
        space(lineHeight(style) * 0.5f);
        continue;
      }
      for (String line : wrap(paragraph, font(style), style.size, RIGHT - LEFT - indent)) {
        ensureSpace(lineHeight(style));
        y -= lineHeight(style);
        show(line, font(style), style.size, LEFT + indent, y + baselineOffset(style), Color.BLACK);
      }
    }
  }

  /** A heading kept together with at least the given height of what follows it. */
  void heading(Style style, String text, float indent, float keepWithNext) {
    List<String> lines = wrap(clean(text), font(style), style.size, RIGHT - LEFT - indent);
    ensureSpace(lines.size() * lineHeight(style) + keepWithNext);
    text(style, text, indent);
    if (style == Style.HEADING) {
      space(3);
    }
  }

  /** A label with its value below it (indented); no value gives an empty line to write on. */
  void block(String label, String value, float indent) {
    heading(Style.LABEL, label, indent, lineHeight(Style.BODY) * 1.4f);
    if (isBlank(value)) {
      writingLine(indent + 14);
    } else {
      text(Style.BODY, value, indent + 14);
    }
    space(5);
  }

  /** A label and its value side by side in two columns; no value gives an empty line to write on. */
  void row(String label, String value, float indent, float labelWidth) {
    PDFont labelFont = font(Style.LABEL);
    List<String> labelLines = wrap(clean(label), labelFont, BODY_SIZE, labelWidth - 6);
    List<String> valueLines = isBlank(value) ? List.of()
        : paragraphs(value).stream().flatMap(p -> wrap(p, regular, BODY_SIZE, RIGHT - LEFT - indent - labelWidth).stream()).toList();
    int lines = Math.max(labelLines.size(), Math.max(valueLines.size(), 1));
    ensureSpace(Math.max(labelLines.size(), Math.min(lines, 3)) * lineHeight(Style.BODY));
    int page = document.getNumberOfPages();
    float start = y;
    for (String line : labelLines) {
      y -= lineHeight(Style.BODY);
      show(line, labelFont, BODY_SIZE, LEFT + indent, y + baselineOffset(Style.BODY), Color.BLACK);
    }
    float afterLabel = y;
    y = start;
    if (valueLines.isEmpty()) {
      y -= lineHeight(Style.BODY);
      rule(LEFT + indent + labelWidth, RIGHT, y + baselineOffset(Style.BODY) - 1);
    }
    for (String line : valueLines) {
      ensureSpace(lineHeight(Style.BODY));
      y -= lineHeight(Style.BODY);
      show(line, regular, BODY_SIZE, LEFT + indent + labelWidth, y + baselineOffset(Style.BODY), Color.BLACK);
    }
    y = (document.getNumberOfPages() == page ? Math.min(y, afterLabel) : y) - 3;
  }

  /** An empty line to write on by hand, as on the paper form. */
  void writingLine(float indent) {
    ensureSpace(lineHeight(Style.BODY) * 1.4f);
    y -= lineHeight(Style.BODY) * 1.4f;
    rule(LEFT + indent, RIGHT, y + baselineOffset(Style.BODY) - 1);
  }

  /** A thin line across the page. */
  void separator() {
    ensureSpace(10);
    y -= 5;
    rule(LEFT, RIGHT, y);
    y -= 5;
  }

  void space(float height) {
    if (y - height < BOTTOM) {
      newPage();
    } else {
      y -= height;
    }
  }

  void newPage() {
    closeContent();
    PDPage page = new PDPage(PAGE);
    document.addPage(page);
    try {
      content = new PDPageContentStream(document, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y = TOP;
  }

  /**
   * Finishes the document: every page gets a footer with the text on the left and "pagina n van m" on the
   * right (when {@code pageNumbers}, or when there is more than one page).
   */
  byte[] finish(String footer, boolean pageNumbers) {
    closeContent();
    int pages = document.getNumberOfPages();
    for (int i = 0; i < pages; i++) {
      try (PDPageContentStream footerContent = new PDPageContentStream(document, document.getPage(i),
          PDPageContentStream.AppendMode.APPEND, true, true)) {
        content = footerContent;
        float base = BOTTOM - 32;
        if (footer != null || pageNumbers || pages > 1) {
          rule(LEFT, RIGHT, base + 12);
        }
        if (footer != null) {
          show(clean(footer), regular, Style.SMALL.size, LEFT, base, GREY);
        }
        if (pageNumbers || pages > 1) {
          String number = "pagina " + (i + 1) + " van " + pages;
          show(number, regular, Style.SMALL.size, RIGHT - width(number, regular, Style.SMALL.size), base, GREY);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        content = null;
      }
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      closeContent();
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  float lineHeight(Style style) {
    return style.size * LEADING;
  }

  /** The text with every character the standard fonts cannot print replaced; line breaks stay. */
  String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(cp -> out.append(printableFor(cp)));
    return out.toString();
  }

  private String printableFor(int cp) {
    if (cp == '\n') {
      return "\n";
    }
    if (cp == '\t' || Character.isSpaceChar(cp)) {
      return " ";
    }
    if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
      return "";
    }
    String ch = new String(Character.toChars(cp));
    if (canPrint(cp)) {
      return ch;
    }
    String replacement = REPLACEMENTS.get(ch);
    if (replacement != null && replacement.codePoints().allMatch(this::canPrint)) {
      return replacement;
    }
    // Decompose (é = e + ´, ﬁ = f + i) and keep what the font has: ő becomes o rather than a question mark.
    StringBuilder plain = new StringBuilder();
    Normalizer.normalize(ch, Normalizer.Form.NFKD).codePoints()
        .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
        .forEach(c -> plain.appendCodePoint(c));
    return !plain.isEmpty() && plain.codePoints().allMatch(this::canPrint) ? plain.toString() : "?";
  }

  private boolean canPrint(int cp) {
    return printable.computeIfAbsent(cp, c -> {
      String ch = new String(Character.toChars(c));
      try {
        regular.encode(ch);
        bold.encode(ch);
        return regular.getStringWidth(ch) > 0 || c == ' ';
      } catch (IllegalArgumentException | IOException e) {
        return false;
      }
    });
  }

  private List<String> paragraphs(String text) {
    return List.of(clean(text).strip().split("\n", -1));
  }

  /** Greedy word wrap; a word longer than the line is broken where it no longer fits. */
  private List<String> wrap(String paragraph, PDFont font, float size, float maxWidth) {
    List<String> lines = new ArrayList<>();
    String leading = paragraph.substring(0, paragraph.length() - paragraph.stripLeading().length());
    StringBuilder line = new StringBuilder(leading);
    for (String word : paragraph.strip().split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.toString().isBlank() ? line + word : line + " " + word;
      if (width(candidate, font, size) <= maxWidth) {
        line = new StringBuilder(candidate);
        continue;
      }
      if (!line.toString().isBlank()) {
        lines.add(line.toString());
        line = new StringBuilder();
      }
      while (width(word, font, size) > maxWidth) {
        int fit = 1;
        while (fit < word.length() && width(word.substring(0, fit + 1), font, size) <= maxWidth) {
          fit++;
        }
        int separator = Math.max(word.lastIndexOf('/', fit - 1), word.lastIndexOf('-', fit - 1));
        if (separator > 0) {
          fit = separator + 1;
        }
        lines.add(word.substring(0, fit));
        word = word.substring(fit);
      }
      line.append(word);
    }
    if (!line.toString().isBlank() || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private float width(String text, PDFont font, float size) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void ensureSpace(float height) {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  private void show(String text, PDFont font, float size, float x, float baseline, Color color) {
    try {
      content.beginText();
      content.setNonStrokingColor(color);
      content.setFont(font, size);
      content.newLineAtOffset(x, baseline);
      content.showText(text);
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void rule(float fromX, float toX, float atY) {
    try {
      content.setStrokingColor(RULE);
      content.setLineWidth(0.5f);
      content.moveTo(fromX, atY);
      content.lineTo(toX, atY);
      content.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private float baselineOffset(Style style) {
    return style.size * (LEADING - 1) + style.size * 0.2f;
  }

  private PDFont font(Style style) {
    return style.bold ? bold : regular;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private void closeContent() {
    if (content != null) {
      try {
        content.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      content = null;
    }
  }
}
