package nl.resourcegroepen.youth;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.engine.ProcessBuildingBlock;
import org.springframework.stereotype.Component;

/**
 * Expression bean (jeugd): when the transition to adult care starts, a lead time (deadlines.dmn,
 * {@code transitionLeadTime}) before the young person's 18th birthday. Used as the date of the timer
 * {@code ${youthTransition.startsOn(trajectoryId, transitionLeadTime)}} behind the gateway
 * {@code ${youthTransition.knowsBirthDate(trajectoryId)}}. The birth date stays in the care record; the
 * engine only gets the timer's date.
 */
@Component("youthTransition")
@ProcessBuildingBlock(value = "Overgang naar volwassenenzorg: of de geboortedatum bekend is en op welke dag de overgang begint (de termijn vóór de 18e verjaardag, jeugd)",
    inputs = {"trajectoryId (argument)", "transitionLeadTime uit deadlines.dmn (argument van startsOn)", "dossier: geboortedatum van de cliënt"},
    outputs = {"youthTransition.knowsBirthDate(trajectoryId): true of false", "youthTransition.startsOn(trajectoryId, transitionLeadTime): datum voor een timer (timeDate), begin van de dag"})
public class YouthTransition {

  /** Adult care starts at this age. */
  static final int ADULT_AGE = 18;

  private final BirthDates birthDates;

  public YouthTransition(BirthDates birthDates) {
    this.birthDates = birthDates;
  }

  public boolean knowsBirthDate(String trajectoryId) {
    return birthDates.of(trajectoryId).isPresent();
  }

  /**
   * The start of the day, {@code leadTime} (ISO-8601, e.g. P6M) before the 18th birthday. A day already
   * past makes the timer due at once.
   */
  public Date startsOn(String trajectoryId, String leadTime) {
    LocalDate born = birthDates.of(trajectoryId).orElseThrow(() -> new IllegalStateException(
        "Traject " + trajectoryId + " heeft geen geboortedatum; vraag eerst knowsBirthDate"));
    return Date.from(born.plusYears(ADULT_AGE).minus(Period.parse(leadTime))
        .atStartOfDay(EngineClock.ZONE).toInstant());
  }
}
