package nl.resourcegroepen.process;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Puts the engine clock at a fixed moment before each test and back to real time after it. */
final class FixedEngineClock implements BeforeEachCallback, AfterEachCallback {

  private final Instant at;

  FixedEngineClock(String isoInstant) {
    this.at = Instant.parse(isoInstant);
  }

  Instant at() {
    return at;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ClockUtil.setCurrentTime(Date.from(at));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
  }
}
