package nl.resourcegroepen.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Period;
import java.util.Date;
import java.util.Map;


import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** deadlines.dmn: every setting gets the deadlines of the modelling guide, as ISO-8601 durations. */
@Deployment(resources = "processes/deadlines.dmn")
class DeadlinesDecisionTest {

  /** Only the jeugd rule has it (processes/README.md, "Jeugd"); the standard rule leaves it empty. */
  private static final String TRANSITION_LEAD_TIME = "transitionLeadTime";

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource(ProcessTestSupport.ENGINE_CONFIGURATION).build();

  private DmnDecisionRuleResult evaluate(String setting) {
    return engine.getDecisionService()
        .evaluateDecisionTableByKey("deadlines", Variables.putValue("setting", setting))
        .getSingleResult();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ggz", "addictionCare", "youthCare", "neighbourhoodTeam", "onbekend"})
  @NullSource
  void everySettingGetsTheStandardDeadlinesOfTheGuide(String setting) throws IOException {
    Map<String, String> guide = ProcessTestSupport.guideDeadlines();
    assertThat(guide).hasSize(15).containsEntry("firstMeetingDue", "P3M").containsEntry("evaluationPeriod", "P14D");

    Map<String, Object> result = new java.util.HashMap<>(evaluate(setting).getEntryMap());
    result.remove(TRANSITION_LEAD_TIME);

    assertThat(result).containsExactlyInAnyOrderEntriesOf(guide);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ggz", "addictionCare", "neighbourhoodTeam", "onbekend"})
  @NullSource
  void onlyYouthCareHasATransitionToAdultCareSixMonthsBeforeTheEighteenthBirthday(String setting) {
    assertThat(evaluate("youthCare").getEntryMap()).containsEntry(TRANSITION_LEAD_TIME, "P6M");

    assertThat(evaluate(setting).getEntryMap()).as("an empty cell gives no output at all")
        .doesNotContainKey(TRANSITION_LEAD_TIME);
  }

  @Test
  void everyOutputIsADurationTheEngineAndJavaTimeCanRead() throws Exception {
    Date start = ProcessTestSupport.date(2026, 1, 12);
    evaluate("youthCare").getEntryMap().forEach((name, value) -> {
      assertThat(value).as(name).isInstanceOf(String.class);
      String duration = (String) value;
      // the engine reads it for camunda:dueDate and timers (weeks only as PnW, as in the guide)
      Date after;
      try {
        after = new DurationHelper(duration, start).getDateAfter(start);
      } catch (Exception e) {
        throw new AssertionError(name + " = " + duration + " is not a duration the engine can read", e);
      }
      assertThat(after).as(name).isAfter(start);
      // and it is an ISO-8601 period of whole days, weeks, months or years
      assertThat(Period.parse(duration).isNegative()).as(name).isFalse();
    });
  }

  @Test
  void decisionIsAFirstHitTableNamedForUsers() {
    DecisionDefinition definition = engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey("deadlines").singleResult();
    assertThat(definition.getName()).isEqualTo("Termijnen per setting");
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);

    DmnModelInstance model = engine.getRepositoryService().getDmnModelInstance(definition.getId());
    DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    assertThat(table.getInputs()).singleElement()
        .satisfies(input -> assertThat(input.getInputExpression().getText().getTextContent()).isEqualTo("setting"));
    // the last rule is the default for every setting ("-") and explains itself
    var rules = table.getRules();
    var defaultRule = rules.stream().reduce((first, second) -> second).orElseThrow();
    assertThat(defaultRule.getInputEntries()).singleElement()
        .satisfies(entry -> assertThat(entry.getTextContent()).isBlank());
    assertThat(defaultRule.getDescription().getTextContent()).contains("Standaard");
  }
}
