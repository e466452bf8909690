package nl.resourcegroepen.process;

import static nl.resourcegroepen.process.ProcessTestSupport.TRAJECTORY_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.resourcegroepen.support.ElementTemplates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A diagram built only by picking element templates, as an implementation lead does in Camunda Modeler, runs:
 * each template puts its building block where the engine calls it, with the inputs the block documents.
 */
class BuildingBlockTemplatesProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engineWithCoverage();

  /** The same building blocks applied by the library inside Camunda Modeler; see the comment in the file. */
  private static final String MODELER_DIAGRAM = "/element-templates/applied-in-modeler.bpmn";
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  /** What the stand-ins for the building blocks saw, in order. */
  private final List<String> calls = new ArrayList<>();
  private boolean nomineesWaiting;

  /** Stand-in for members: answers and records the question. */
  public class MembersStandIn {
    public boolean hasAwaitingApproach(String trajectoryId) {
      calls.add("members.hasAwaitingApproach(" + trajectoryId + ")");
      return nomineesWaiting;
    }
  }

  /**
   * Stand-in for sendTrajectoryMessage as the template attaches it: a listener on the event. Like the real bean
   * it sees the process variables plus the event's own input variables (which win).
   */
  class MessageStandIn implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      FlowElement event = execution.getBpmnModelElementInstance();
      String message = event.getChildElementsByType(MessageEventDefinition.class).iterator().next().getMessage().getName();
      calls.add("message " + message + " theme=" + execution.getVariable("theme") + " @" + execution.getProcessBusinessKey());
    }
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("applyDeadlines", (JavaDelegate) execution -> calls.add("applyDeadlines setting=" + execution.getVariable("setting")));
    Mocks.register("responsibleClinicianCheck", (JavaDelegate) execution -> {
      calls.add("responsibleClinicianCheck");
      execution.setVariable("responsibleClinicianOverdue", false);
    });
    Mocks.register("phaseListener", (ExecutionListener) execution -> calls.add("phase " + phase(execution)));
    Mocks.register("sendTrajectoryMessage", new MessageStandIn());
    Mocks.register("members", new MembersStandIn());
    engine.getRepositoryService().createDeployment().name("templates")
        .addModelInstance("templates.bpmn", diagramFromTemplates()).deploy();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    engine.getRepositoryService().createDeploymentQuery().deploymentName("templates").list()
        .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
  }

  @Test
  void eachTemplatedElementCallsItsBuildingBlockWithTheDocumentedInputs() {
    ProcessInstance instance = start();

    BpmnAwareTests.assertThat(instance).isEnded();
    assertThat(calls).containsExactly(
        "applyDeadlines setting=ggz",
        "message ThemeMeetingRequested theme=problemSolving @" + TRAJECTORY_ID,
        "message ThemeMeetingRequested theme=psychoEducation @" + TRAJECTORY_ID,
        "message StartMeetingHeld theme=problemSolving @" + TRAJECTORY_ID,
        "phase FOLLOW_UP",
        "responsibleClinicianCheck",
        "members.hasAwaitingApproach(" + TRAJECTORY_ID + ")",
        "phase CLOSED");
  }

  @Test
  void theNomineeConditionTakesTheYesPathWhileNomineesAreWaiting() {
    nomineesWaiting = true;

    ProcessInstance instance = start();

    BpmnAwareTests.assertThat(instance).isWaitingAtExactly("approachNominee");
    assertThat(calls).endsWith("members.hasAwaitingApproach(" + TRAJECTORY_ID + ")");
  }

  @Test
  void theDiagramCamundaModelerWritesWithTheTemplatesRunsToo() {
    BpmnModelInstance written = Bpmn.readModelFromStream(getClass().getResourceAsStream(MODELER_DIAGRAM));
    for (BaseElement element : written.getModelElementsByType(BaseElement.class)) {
      String templateId = element.getAttributeValueNs(CAMUNDA_NS, "modelerTemplate");
      if (templateId != null) {
        assertThat(element.getAttributeValueNs(CAMUNDA_NS, "modelerTemplateVersion")).as("version of %s", templateId)
            .isEqualTo(ElementTemplates.byId(templateId).path("version").asText());
      }
    }
    engine.getRepositoryService().createDeployment().name("templates")
        .addModelInstance("applied-in-modeler.bpmn", written)
        .addModelInstance("follow-up-stand-in.bpmn", Bpmn.createExecutableProcess("followUp").camundaHistoryTimeToLive(1)
            .startEvent().endEvent().done())
        .deploy();

    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("templatesDemo", TRAJECTORY_ID,
        ProcessTestSupport.trajectoryVariables().putValue("theme", "communication"));

    BpmnAwareTests.assertThat(instance).isEnded();
    assertThat(calls).containsExactly(
        "applyDeadlines setting=ggz",
        "message ThemeMeetingRequested theme=communication @" + TRAJECTORY_ID,
        "phase FOLLOW_UP",
        "responsibleClinicianCheck",
        "members.hasAwaitingApproach(" + TRAJECTORY_ID + ")",
        "phase CLOSED");
  }

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey("fromTemplates", TRAJECTORY_ID,
        ProcessTestSupport.trajectoryVariables().putValue("theme", "problemSolving"));
  }

  /** Every building block, configured by applying its template and nothing else (messages are chosen by hand). */
  private static BpmnModelInstance diagramFromTemplates() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("fromTemplates").camundaHistoryTimeToLive(1)
        .startEvent("started")
        .serviceTask("determineDeadlines")
        .intermediateThrowEvent("requestChosenTheme").message("ThemeMeetingRequested")
        .intermediateThrowEvent("requestDefaultTheme").message("ThemeMeetingRequested")
        .intermediateThrowEvent("reportStartMeeting").message("StartMeetingHeld")
        .subProcess("phaseFollowUp").embeddedSubProcess().startEvent("followUpStarted").endEvent("followUpDone")
        .subProcessDone()
        .serviceTask("checkResponsibleClinician")
        .exclusiveGateway("newNominees")
        .sequenceFlowId("newNomineesYes").userTask("approachNominee").endEvent("approached")
        .moveToNode("newNominees").sequenceFlowId("newNomineesNo").endEvent("closed")
        .done();
    model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.ExclusiveGateway.class).iterator().next()
        .setDefault(model.getModelElementById("newNomineesNo"));
    apply(model, "determineDeadlines", "nl.resourcegroepen.applyDeadlines", null);
    // The template's default theme is ${theme}: the theme chosen in the follow-up meeting.
    apply(model, "requestChosenTheme", "nl.resourcegroepen.sendTrajectoryMessage.themeMeeting", null);
    apply(model, "requestDefaultTheme", "nl.resourcegroepen.sendTrajectoryMessage.themeMeeting", "psychoEducation");
    apply(model, "reportStartMeeting", "nl.resourcegroepen.sendTrajectoryMessage", null);
    apply(model, "phaseFollowUp", "nl.resourcegroepen.phaseListener", "FOLLOW_UP");
    apply(model, "checkResponsibleClinician", "nl.resourcegroepen.responsibleClinicianCheck", null);
    apply(model, "newNomineesYes", "nl.resourcegroepen.members.hasAwaitingApproach", null);
    apply(model, "closed", "nl.resourcegroepen.phaseListener", "CLOSED");
    return model;
  }

  private static void apply(BpmnModelInstance model, String elementId, String templateId, String choice) {
    BaseElement element = model.getModelElementById(elementId);
    ElementTemplates.apply(ElementTemplates.byId(templateId), element, choice);
  }

  private static String phase(DelegateExecution execution) {
    return execution.getBpmnModelElementInstance().getExtensionElements().getElementsQuery()
        .filterByType(CamundaProperties.class).singleResult().getCamundaProperties().stream()
        .filter(p -> "phase".equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
  }
}
