package nl.resourcegroepen.inbox;

import java.time.Instant;

/**
 * One task in the inbox. {@code clientName} is only filled for members of the client's team; {@code theme}
 * only for the steps of a theme meeting (the theme's code and its name in the task's form).
 */
record TaskRow(
    String id,
    String name,
    String taskKey,
    boolean escalation,
    String trajectoryId,
    String clientName,
    String pseudonym,
    Coded setting,
    Coded phase,
    Instant due,
    Coded status,
    Person assignee,
    Coded theme) {

  /** A code with its Dutch name. */
  record Coded(String code, String name) {
  }

  record Person(String id, String name) {
  }
}
