package nl.resourcegroepen.reporting;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** How long a step is overdue, in the buckets a manager reads. */
enum OverdueBucket {
  UP_TO_A_WEEK("1-7", "1 tot 7 dagen", Duration.ZERO, Duration.ofDays(7)),
  UP_TO_A_MONTH("8-30", "8 tot 30 dagen", Duration.ofDays(7), Duration.ofDays(30)),
  UP_TO_A_QUARTER("31-90", "31 tot 90 dagen", Duration.ofDays(30), Duration.ofDays(90)),
  LONGER("90+", "meer dan 90 dagen", Duration.ofDays(90), null);

  private final String code;
  private final String dutchName;
  private final Duration from;
  private final Duration to;

  OverdueBucket(String code, String dutchName, Duration from, Duration to) {
    this.code = code;
    this.dutchName = dutchName;
    this.from = from;
    this.to = to;
  }

  @JsonValue
  String code() {
    return code;
  }

  String dutchName() {
    return dutchName;
  }

  /** Overdue by more than this. */
  Duration from() {
    return from;
  }

  /** Overdue by at most this; null for the last bucket. */
  Duration to() {
    return to;
  }

  static Optional<OverdueBucket> fromCode(String code) {
    return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
  }
}
