package nl.resourcegroepen.youth;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The birth date of a trajectory's client, read from the care record when a building block needs it. It
 * is never handed to the engine: the building blocks turn it into a routing flag or a timer date.
 */
@FunctionalInterface
public interface BirthDates {

  /** The client's birth date, if it was recorded. */
  Optional<LocalDate> of(String trajectoryId);
}
