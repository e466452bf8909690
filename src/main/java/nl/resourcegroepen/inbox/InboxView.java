package nl.resourcegroepen.inbox;

import java.util.Arrays;

/** The lists of the inbox. */
enum InboxView {
  /** Tasks assigned to me. */
  MINE("mine"),
  /** All open tasks of my teams (and of the coordination groups I am in), assigned or not. */
  TEAM("team"),
  /** Past their due date. */
  OVERDUE("overdue"),
  /** Not yet overdue, due within seven days. */
  WEEK("week");

  private final String code;

  InboxView(String code) {
    this.code = code;
  }

  static InboxView of(String code) {
    if (code == null || code.isBlank()) {
      return TEAM;
    }
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst()
        .orElseThrow(() -> InboxException.invalid("Onbekende weergave '" + code + "'; kies uit mine, team, overdue, week"));
  }
}
