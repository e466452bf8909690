package nl.resourcegroepen.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import nl.resourcegroepen.engine.EngineClock;

/** Dates and times as a Dutch letter writes them. */
final class DutchDates {

  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
  private static final DateTimeFormatter DAY_AND_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);

  private DutchDates() {
  }

  /** "12 juni 2026", in Dutch time. */
  static String date(Instant instant) {
    return DATE.format(instant.atZone(EngineClock.ZONE));
  }

  /** A form's date (JJJJ-MM-DD) as "18 juni 2026"; anything else as it was entered. */
  static String date(String isoDate) {
    if (isoDate == null) {
      return null;
    }
    try {
      return DATE.format(LocalDate.parse(isoDate));
    } catch (DateTimeParseException e) {
      return isoDate;
    }
  }

  /** A form's date (JJJJ-MM-DD) as "donderdag 18 juni 2026"; anything else as it was entered. */
  static String dayAndDate(String isoDate) {
    if (isoDate == null) {
      return null;
    }
    try {
      return DAY_AND_DATE.format(LocalDate.parse(isoDate));
    } catch (DateTimeParseException e) {
      return isoDate;
    }
  }

  /** A form's time (UU:mm) as "14:00 uur"; anything else as it was entered. */
  static String time(String isoTime) {
    if (isoTime == null) {
      return null;
    }
    try {
      return DateTimeFormatter.ofPattern("H:mm").format(LocalTime.parse(isoTime)) + " uur";
    } catch (DateTimeParseException e) {
      return isoTime;
    }
  }
}
