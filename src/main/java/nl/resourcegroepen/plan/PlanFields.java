package nl.resourcegroepen.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan as named fields. A field's name is its form key (forms/README.md): {@code groupName},
 * {@code longTermGoal2}, {@code shortTermGoal1WhoDoesWhat}, {@code crisisMedicationRefused}. The same
 * names are used in the API, the forms and the history, so "the history of a goal" is the history of
 * the field {@code shortTermGoal1}.
 */
final class PlanFields {

  /** A field that belongs to a goal slot; the slot may be out of range (a fourth short-term goal). */
  record GoalField(GoalKind kind, int slot, String part) {
    boolean inRange() {
      return slot >= 1 && slot <= kind.max();
    }
  }

  private static final Pattern GOAL =
      Pattern.compile("(longTermGoal|shortTermGoal)(\\d{1,3})(Now|GoingWell|Needed|WhoDoesWhat|HowToSee)?");

  /** Every field of the plan, in the order of bijlage 3. */
  static final List<String> ALL;

  static {
    List<String> all = new ArrayList<>(RecoveryPlan.HEADER_FIELDS);
    for (int slot = 1; slot <= GoalKind.LONG.max(); slot++) {
      all.add(GoalKind.LONG.key() + slot);
    }
    for (int slot = 1; slot <= GoalKind.SHORT.max(); slot++) {
      for (String part : PlanGoal.PARTS) {
        all.add(GoalKind.SHORT.key() + slot + part);
      }
    }
    all.addAll(EarlyWarningPlan.FIELDS);
    ALL = Collections.unmodifiableList(all);
  }

  private PlanFields() {
  }

  /** A goal field by its name, also for slots beyond the maximum; empty for other names. */
  static Optional<GoalField> goalField(String name) {
    Matcher m = GOAL.matcher(name);
    if (!m.matches()) {
      return Optional.empty();
    }
    GoalKind kind = m.group(1).equals(GoalKind.LONG.key()) ? GoalKind.LONG : GoalKind.SHORT;
    String part = m.group(3) == null ? "" : m.group(3);
    if (kind == GoalKind.LONG && !part.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new GoalField(kind, Integer.parseInt(m.group(2)), part));
  }

  /** Whether a name is a plan field, or a goal in a slot the plan does not have (which the rules refuse). */
  static boolean concernsPlan(String name) {
    return ALL.contains(name) || goalField(name).isPresent();
  }

  static String get(RecoveryPlan plan, String field) {
    Optional<GoalField> goal = goalField(field);
    if (goal.isPresent()) {
      GoalField g = goal.get();
      return plan.goal(g.kind(), g.slot()).map(x -> x.get(g.part())).orElse(null);
    }
    return RecoveryPlan.HEADER_FIELDS.contains(field) ? plan.getHeader(field) : plan.earlyWarningPlan().get(field);
  }

  static void set(RecoveryPlan plan, String field, String value) {
    Optional<GoalField> goal = goalField(field);
    if (goal.isPresent()) {
      GoalField g = goal.get();
      if (!g.inRange()) {
        throw new IllegalArgumentException("Geen doel in slot " + g.slot());
      }
      if (value == null && plan.goal(g.kind(), g.slot()).isEmpty()) {
        return;
      }
      plan.goalOrNew(g.kind(), g.slot()).set(g.part(), value);
    } else if (RecoveryPlan.HEADER_FIELDS.contains(field)) {
      plan.setHeader(field, value);
    } else {
      plan.earlyWarningPlan().set(field, value);
    }
  }

  /** The whole plan as field → value (null when empty). */
  static Map<String, String> read(RecoveryPlan plan) {
    Map<String, String> values = new LinkedHashMap<>();
    ALL.forEach(field -> values.put(field, get(plan, field)));
    return values;
  }

  /** Texts are trimmed; an empty text is no value. */
  static String normalise(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
