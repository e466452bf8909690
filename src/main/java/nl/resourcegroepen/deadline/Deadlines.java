package nl.resourcegroepen.deadline;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/** The deadlines of processes/deadlines.dmn, per setting: the one place where durations live. */
@Service
public class Deadlines {

  static final String DECISION = "deadlines";

  private final DecisionService decisionService;

  Deadlines(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /** All deadlines for a setting code (e.g. {@code ggz}), by output name, as ISO-8601 durations. */
  public Map<String, Object> forSetting(String setting) {
    DmnDecisionResultEntries deadlines = decisionService.evaluateDecisionByKey(DECISION)
        .variables(Map.of("setting", setting == null ? "" : setting))
        .evaluate()
        .getSingleResult();
    if (deadlines == null) {
      throw new IllegalStateException("deadlines.dmn heeft geen regel voor setting " + setting);
    }
    return deadlines.getEntryMap();
  }
}
