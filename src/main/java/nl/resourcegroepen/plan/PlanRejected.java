package nl.resourcegroepen.plan;

import java.util.Map;
import nl.resourcegroepen.record.RecordRejected;

/** A change to the plan that breaks its rules (too many goals, a text that is too long); nothing is stored. */
public class PlanRejected extends RecordRejected {

  PlanRejected(Map<String, String> fields) {
    super("Het resourcegroepplan", fields);
  }
}
