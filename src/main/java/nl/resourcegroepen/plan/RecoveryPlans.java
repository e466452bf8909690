package nl.resourcegroepen.plan;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.record.CareChanges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the recovery plan of a trajectory and the history of every change. The rules (at most two
 * long-term and three short-term goals, at most 4000 characters per text) are checked here, before
 * anything is written, for the API and the forms alike. Access is checked by the caller (the
 * controller, or the engine for a task's form).
 */
@Service
public class RecoveryPlans {


  private final RecoveryPlanRepository plans;
  private final PlanRevisionRepository revisions;

  RecoveryPlans(RecoveryPlanRepository plans, PlanRevisionRepository revisions) {
    this.plans = plans;
    this.revisions = revisions;
  }

  /** The current plan, or an empty plan when none has been made yet. */
  @Transactional(readOnly = true)
  public PlanView view(String trajectoryId) {
    return plans.findByTrajectoryId(trajectoryId).map(RecoveryPlans::toView)
        .orElseGet(() -> new PlanView(trajectoryId, null, null, toDocument(Map.of())));
  }

  /** Replaces the whole plan: a field the document does not fill is cleared. */
  @Transactional
  public PlanView replace(String trajectoryId, String team, PlanDocument document, String userId) {
    Map<String, String> fields = toFields(document);
    change(trajectoryId, team, fields, userId, EngineClock.now(), CareChanges.API);
    return view(trajectoryId);
  }

  /** Replaces the signaleringsplan and contact details only; the rest of the plan stays as it is. */
  @Transactional
  public PlanView replaceEarlyWarningPlan(String trajectoryId, String team,
      PlanDocument.EarlyWarningPlanDocument document, String userId) {
    Map<String, String> fields = new LinkedHashMap<>();
    putEarlyWarningPlan(fields, document);
    change(trajectoryId, team, fields, userId, EngineClock.now(), CareChanges.API);
    return view(trajectoryId);
  }

  /**
   * Changes the given fields (field name → new value; null or blank clears it), creating the plan on
   * first use, and keeps a revision for every field whose value really changes.
   *
   * @return the number of fields that changed
   * @throws PlanRejected when the result would break the rules; then nothing is stored
   */
  @Transactional
  public int change(String trajectoryId, String team, Map<String, String> changes, String userId, Instant at,
      String source) {
    Map<String, String> normalised = new LinkedHashMap<>();
    changes.forEach((field, value) -> normalised.put(field, PlanFields.normalise(value)));
    check(normalised);
    RecoveryPlan plan = plans.findByTrajectoryId(trajectoryId)
        .orElseGet(() -> plans.save(new RecoveryPlan(trajectoryId, team, at)));
    List<PlanRevision> changed = new ArrayList<>();
    normalised.forEach((field, value) -> {
      String old = PlanFields.get(plan, field);
      if (!Objects.equals(old, value)) {
        PlanFields.set(plan, field, value);
        changed.add(new PlanRevision(plan, field, old, value, userId, at, source));
      }
    });
    plan.dropEmptyGoals();
    if (!changed.isEmpty()) {
      plan.touch(userId, at);
      revisions.saveAll(changed);
    }
    return changed.size();
  }

  /** The changes of the plan, newest first; only those of one field when given. */
  @Transactional(readOnly = true)
  public List<RevisionView> history(String trajectoryId, String field) {
    List<PlanRevision> found = field == null || field.isBlank()
        ? revisions.findByTrajectoryIdOrderByChangedAtDescIdDesc(trajectoryId)
        : revisions.findByTrajectoryIdAndFieldOrderByChangedAtDescIdDesc(trajectoryId, field.strip());
    return found.stream().map(PlanRevision::view).toList();
  }

  /** The rules of the plan; messages name fields and limits, never content. */
  static void check(Map<String, String> fields) {
    Map<String, String> errors = new LinkedHashMap<>();
    fields.forEach((field, value) -> {
      Optional<PlanFields.GoalField> goal = PlanFields.goalField(field);
      if (goal.isPresent() && !goal.get().inRange() && value != null) {
        GoalKind kind = goal.get().kind();
        errors.put(kind == GoalKind.SHORT ? "shortTermGoals" : "longTermGoals", kind.tooMany());
      } else if (goal.isEmpty() && !PlanFields.ALL.contains(field)) {
        throw new IllegalArgumentException("Geen veld van het resourcegroepplan: " + field);
      }
      if (value != null && value.length() > PlanDocument.MAX_TEXT) {
        errors.put(field, PlanDocument.TOO_LONG);
      }
    });
    if (!errors.isEmpty()) {
      throw new PlanRejected(errors);
    }
  }

  // ---- between the API's document and the plan's fields

  /** All fields of the plan from a document; goals beyond the maximum become out-of-range fields. */
  static Map<String, String> toFields(PlanDocument document) {
    Map<String, String> fields = new LinkedHashMap<>();
    PlanFields.ALL.forEach(field -> fields.put(field, null));
    Map<String, String> errors = new LinkedHashMap<>();
    for (String field : RecoveryPlan.HEADER_FIELDS) {
      fields.put(field, (String) component(document, field));
    }
    List<PlanDocument.LongTermGoal> longGoals = document.longTermGoals() == null ? List.of() : document.longTermGoals();
    List<Integer> seen = new ArrayList<>();
    for (int i = 0; i < longGoals.size(); i++) {
      PlanDocument.LongTermGoal goal = longGoals.get(i);
      int slot = slot(goal == null ? null : goal.slot(), i, GoalKind.LONG, seen, errors, longGoals.size());
      fields.put(GoalKind.LONG.key() + slot, goal == null ? null : goal.goal());
    }
    List<PlanDocument.ShortTermGoal> shortGoals =
        document.shortTermGoals() == null ? List.of() : document.shortTermGoals();
    seen.clear();
    for (int i = 0; i < shortGoals.size(); i++) {
      PlanDocument.ShortTermGoal goal = shortGoals.get(i);
      int slot = slot(goal == null ? null : goal.slot(), i, GoalKind.SHORT, seen, errors, shortGoals.size());
      String key = GoalKind.SHORT.key() + slot;
      if (goal != null) {
        fields.put(key, goal.goal());
        fields.put(key + "Now", goal.now());
        fields.put(key + "GoingWell", goal.goingWell());
        fields.put(key + "Needed", goal.needed());
        fields.put(key + "WhoDoesWhat", goal.whoDoesWhat());
        fields.put(key + "HowToSee", goal.howToSee());
      }
    }
    if (document.earlyWarningPlan() != null) {
      putEarlyWarningPlan(fields, document.earlyWarningPlan());
    }
    if (!errors.isEmpty()) {
      throw new PlanRejected(errors);
    }
    return fields;
  }

  /** Every signaleringsplan field; all empty when there is no document. */
  private static void putEarlyWarningPlan(Map<String, String> fields, PlanDocument.EarlyWarningPlanDocument document) {
    for (String field : EarlyWarningPlan.FIELDS) {
      fields.put(field, document == null ? null : (String) component(document, field));
    }
  }

  private static int slot(Integer given, int index, GoalKind kind, List<Integer> seen, Map<String, String> errors,
      int count) {
    String list = kind == GoalKind.SHORT ? "shortTermGoals" : "longTermGoals";
    if (count > kind.max()) {
      errors.put(list, kind.tooMany());
    }
    int slot = given == null ? index + 1 : given;
    if (given != null && (slot < 1 || slot > kind.max())) {
      errors.putIfAbsent(list, (kind == GoalKind.SHORT ? "Een kortetermijndoel heeft nummer 1, 2 of 3"
          : "Een langetermijndoel heeft nummer 1 of 2"));
    } else if (seen.contains(slot)) {
      errors.putIfAbsent(list, "Elk doel heeft een eigen nummer; nummer " + slot + " komt twee keer voor");
    }
    seen.add(slot);
    return slot;
  }

  private static PlanView toView(RecoveryPlan plan) {
    return new PlanView(plan.getTrajectoryId(), plan.getUpdatedAt(), plan.getUpdatedBy(),
        toDocument(PlanFields.read(plan)));
  }

  static PlanDocument toDocument(Map<String, String> fields) {
    List<PlanDocument.LongTermGoal> longGoals = new ArrayList<>();
    for (int slot = 1; slot <= GoalKind.LONG.max(); slot++) {
      String goal = fields.get(GoalKind.LONG.key() + slot);
      if (goal != null) {
        longGoals.add(new PlanDocument.LongTermGoal(slot, goal));
      }
    }
    List<PlanDocument.ShortTermGoal> shortGoals = new ArrayList<>();
    for (int slot = 1; slot <= GoalKind.SHORT.max(); slot++) {
      String key = GoalKind.SHORT.key() + slot;
      PlanDocument.ShortTermGoal goal = new PlanDocument.ShortTermGoal(slot, fields.get(key),
          fields.get(key + "Now"), fields.get(key + "GoingWell"), fields.get(key + "Needed"),
          fields.get(key + "WhoDoesWhat"), fields.get(key + "HowToSee"));
      if (java.util.stream.Stream.of(PlanGoal.PARTS).anyMatch(part -> fields.get(key + part) != null)) {
        shortGoals.add(goal);
      }
    }
    Object[] warning = EarlyWarningPlan.FIELDS.stream().map(fields::get).toArray();
    return new PlanDocument(fields.get("clientName"), fields.get("groupName"), fields.get("participants"),
        fields.get("possibleParticipants"), fields.get("careCoordinatorName"), fields.get("responsibleClinicianName"),
        fields.get("peerExpertName"), longGoals, shortGoals, construct(warning));
  }

  // The early-warning plan document has exactly the fields of EarlyWarningPlan.FIELDS, in that order
  // (checked by a test), so it is read and built by its record components.

  private static Object component(Record record, String name) {
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      if (c.getName().equals(name)) {
        try {
          return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalArgumentException("Geen veld " + name);
  }

  private static PlanDocument.EarlyWarningPlanDocument construct(Object[] values) {
    try {
      Class<?>[] types = new Class<?>[values.length];
      java.util.Arrays.fill(types, String.class);
      return PlanDocument.EarlyWarningPlanDocument.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
