package nl.resourcegroepen.engine;

import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's notion of now. Process tests move the engine clock to drive timers; deadlines and phase
 * dates computed by the building blocks follow the same clock, so they agree with the timers.
 */
public final class EngineClock {

  /** Deadlines are counted in Dutch calendar time. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private EngineClock() {
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
