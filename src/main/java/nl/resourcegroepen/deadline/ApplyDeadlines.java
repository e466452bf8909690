package nl.resourcegroepen.deadline;

import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.engine.ProcessBuildingBlock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task: reads the deadlines for the trajectory's setting from the decision table
 * {@code deadlines} (processes/deadlines.dmn, the one place where durations live) and sets them as
 * variables. An output whose name ends in {@code Due} is a duration from now (the start of the
 * trajectory) and becomes a date; any other output stays a duration, counted from when a task or timer
 * is created.
 */
@Component("applyDeadlines")
@ProcessBuildingBlock(value = "Zet de termijnen uit deadlines.dmn voor de setting van het traject",
    inputs = "setting (ggz, addictionCare, youthCare of neighbourhoodTeam)",
    outputs = {"een procesvariabele per uitvoer van deadlines.dmn: een uitvoer op Due wordt een datum"
        + " (nu + de duur), elke andere uitvoer blijft een ISO-8601-duur"})
class ApplyDeadlines implements JavaDelegate {

  private final Deadlines deadlines;

  ApplyDeadlines(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object setting = execution.getVariable("setting");
    ZonedDateTime now = EngineClock.now().atZone(EngineClock.ZONE);
    deadlines.forSetting(setting == null ? null : setting.toString()).forEach((name, value) -> {
      String duration = String.valueOf(value).trim();
      if (name.endsWith("Due")) {
        execution.setVariable(name, Date.from(now.plus(Period.parse(duration)).toInstant()));
      } else {
        execution.setVariable(name, duration);
      }
    });
  }
}
