package nl.resourcegroepen.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.resourcegroepen.support.ElementTemplates;
import nl.resourcegroepen.support.ServiceTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The real sendTrajectoryMessage, attached by its element template (a listener on the event, because a Camunda 7
 * template cannot reach the message definition), starts the receiving process for the same trajectory with the
 * event's input; on an event that also calls it from its message definition, the message goes out once.
 */
@ServiceTest
class MessageTemplateTest {

  private static final String DEPLOYMENT = "message-template-test";
  private static final String MESSAGE = "TemplateTestMessage";

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @AfterEach
  void removeTestProcesses() {
    repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT).list()
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
  }

  @Test
  void theTemplatedEventStartsTheReceivingProcessForTheSameTrajectoryWithItsTheme() {
    deploy(sender(false));

    runtimeService.startProcessInstanceByKey("templateSender", "template-trajectory-1");

    List<ProcessInstance> received = received("template-trajectory-1");
    assertThat(received).hasSize(1);
    assertThat(runtimeService.getVariable(received.get(0).getId(), "theme")).isEqualTo("communication");
  }

  @Test
  void anEventThatAlsoCallsTheBeanFromItsMessageDefinitionSendsTheMessageOnce() {
    deploy(sender(true));

    runtimeService.startProcessInstanceByKey("templateSender", "template-trajectory-2");

    assertThat(received("template-trajectory-2")).hasSize(1);
  }

  private List<ProcessInstance> received(String trajectory) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("templateReceiver")
        .processInstanceBusinessKey(trajectory).list();
  }

  private void deploy(BpmnModelInstance sender) {
    BpmnModelInstance receiver = Bpmn.createExecutableProcess("templateReceiver").camundaHistoryTimeToLive(1)
        .startEvent().message(MESSAGE).receiveTask("waiting").endEvent().done();
    repositoryService.createDeployment().name(DEPLOYMENT)
        .addModelInstance("template-sender.bpmn", sender)
        .addModelInstance("template-receiver.bpmn", receiver)
        .deploy();
  }

  /** A process whose one throw event is configured by the template "Themabijeenkomst aanvragen", theme chosen. */
  private static BpmnModelInstance sender(boolean alsoOnDefinition) {
    BpmnModelInstance model = Bpmn.createExecutableProcess("templateSender").camundaHistoryTimeToLive(1)
        .startEvent().intermediateThrowEvent("requestTheme").message(MESSAGE).endEvent().done();
    IntermediateThrowEvent event = model.getModelElementById("requestTheme");
    ElementTemplates.apply(ElementTemplates.byId("nl.resourcegroepen.sendTrajectoryMessage.themeMeeting"), event,
        "communication");
    if (alsoOnDefinition) {
      event.getChildElementsByType(MessageEventDefinition.class).iterator().next()
          .setCamundaDelegateExpression("${sendTrajectoryMessage}");
    }
    return model;
  }
}
