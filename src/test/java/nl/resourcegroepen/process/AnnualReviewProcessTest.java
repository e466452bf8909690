package nl.resourcegroepen.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** De jaarlijkse evaluatie: met de cliënt en met de leden tegelijk, daarna samen in de resourcegroep. */
@Deployment(resources = "processes/annual-review.bpmn")
class AnnualReviewProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessTestSupport.engineWithCoverage();

  static final String TRAJECTORY = "traject-42";
  static final String TEAM = "team-noord";
  static final String CARE_COORDINATOR = "regieondersteuner-anna";
  @RegisterExtension
  static final FixedEngineClock CLOCK = new FixedEngineClock("2026-03-02T09:00:00Z");
  static final Instant T0 = CLOCK.at();

  @Test
  void clientAndMembersFirstThenTheGroup() {
    ProcessInstance review = runtimeService().startProcessInstanceByKey("annualReview", TRAJECTORY, Map.of(
        "trajectoryId", TRAJECTORY, "setting", "ggz", "team", TEAM, "teamCoordinators", "team-noord-coordinatoren",
        "careCoordinator", CARE_COORDINATOR, "annualReviewPeriod", "P4W"));

    BpmnAwareTests.assertThat(review).isWaitingAtExactly("reviewWithClient", "reviewWithMembers");
    assertTask(review, "reviewWithClient", "Jaarlijkse evaluatie met de cliënt", "annual-review-client");
    assertTask(review, "reviewWithMembers", "Jaarlijkse evaluatie met de leden", "annual-review-members");

    later(Duration.ofDays(7));
    complete(task("reviewWithMembers", review));
    BpmnAwareTests.assertThat(review).as("the group meets only after both reviews")
        .isWaitingAtExactly("reviewWithClient", "reviewJoin");

    later(Duration.ofDays(7));
    complete(task("reviewWithClient", review));
    BpmnAwareTests.assertThat(review).isWaitingAtExactly("discussAnnualReview");
    assertTask(review, "discussAnnualReview", "Jaarlijkse evaluatie bespreken in de resourcegroep",
        "annual-review-meeting");

    complete(task("discussAnnualReview", review));
    BpmnAwareTests.assertThat(review).hasPassed("annualReviewDiscussed").isEnded();
  }

  static void later(Duration duration) {
    ProcessTestSupport.later(duration);
  }

  /** The open task: Dutch name, form, the team as candidate group, the care coordinator, due four weeks on. */
  static void assertTask(ProcessInstance pi, String key, String name, String form) {
    ProcessTestSupport.assertOpenTask(pi, key, name, form, TEAM, CARE_COORDINATOR, ClockUtil.getCurrentTime().toInstant(), "P4W");
  }
}
