package nl.resourcegroepen.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
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

  static void removeAll(ProcessEngine engine) {
    RepositoryService repository = engine.getRepositoryService();
    repository.createDeploymentQuery().deploymentName(DEPLOYMENT).list()
        .forEach(d -> repository.deleteDeployment(d.getId(), true));
  }
}
