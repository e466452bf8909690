package nl.resourcegroepen.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Stand-ins for the processes a main process calls, one task each ("Werk in &lt;id&gt;"), for the
 * main-process scenario tests: the phases have scenario tests of their own.
 */
final class PhaseStandIns {

  /** The processes the main process calls in every setting. */
  static final List<String> PHASES = List.of("preparation", "inDepthInterviews", "planning", "startMeeting",
      "followUp", "reorientation", "annualReview");

  private static final String DEPLOYMENT = "stand-ins";

  private PhaseStandIns() {
  }

  static void deploy(ProcessEngine engine, List<String> processIds) {
    processIds.forEach(id -> deploy(engine, id));
  }

  static void deploy(ProcessEngine engine, String processId) {
    engine.getRepositoryService().createDeployment().name(DEPLOYMENT).addModelInstance(processId + ".bpmn",
        Bpmn.createExecutableProcess(processId).camundaHistoryTimeToLive(1).startEvent().userTask("work")
            .name("Werk in " + processId).endEvent().done()).deploy();
  }

  /** Completes the open stand-in task of a called process. */
  static void finish(ProcessEngine engine, String processId, Map<String, Object> variables) {
    Task work = engine.getTaskService().createTaskQuery().processDefinitionKey(processId).singleResult();
    assertThat(work).as("open work in %s", processId).isNotNull();
    engine.getTaskService().complete(work.getId(), variables);
  }

  /** Stand-in for {@code applyDeadlines}: the standard deadlines, fixed, without the decision table. */
  static JavaDelegate standardDeadlines() {
    return execution -> {
      ZonedDateTime now = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Europe/Amsterdam"));
      execution.setVariable("firstMeetingDue", Date.from(now.plusMonths(3).toInstant()));
      execution.setVariable("inDepthDue", Date.from(now.plusWeeks(10).toInstant()));
      execution.setVariable("annualReviewInterval", "P12M");
      execution.setVariable("responsibleClinicianCheckInterval", "P1M");
      execution.setVariable("escalationPeriod", "P1W");
    };
  }

  /** The start meeting was held: the message the start-meeting process sends to the main process. */
  static void holdStartMeeting(ProcessEngine engine, String businessKey) {
    engine.getRuntimeService().createMessageCorrelation("StartMeetingHeld")
        .processInstanceBusinessKey(businessKey).correlateAll();
  }

  static void removeAll(ProcessEngine engine) {
    RepositoryService repository = engine.getRepositoryService();
    repository.createDeploymentQuery().deploymentName(DEPLOYMENT).list()
        .forEach(d -> repository.deleteDeployment(d.getId(), true));
  }
}
