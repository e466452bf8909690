package nl.resourcegroepen.trajectory;

import java.util.Collection;
import nl.resourcegroepen.engine.ProcessBuildingBlock;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.springframework.stereotype.Component;

/**
 * Message throw event: sends the event's message to the processes of the same trajectory (same
 * business key). When a process starts with this message, it is started for the trajectory with the
 * sender's variables (ids and routing flags only) plus the event's own input variables.
 *
 * <p>Two ways to attach it, with the same effect: as the implementation of the message definition
 * ({@code camunda:delegateExpression} on {@code bpmn:messageEventDefinition}), or as a start execution
 * listener of the event. The element template uses the listener, because a Camunda 7 template cannot
 * reach the message definition.
 */
@Component("sendTrajectoryMessage")
@ProcessBuildingBlock(value = "Stuurt het bericht van deze gebeurtenis naar de processen van hetzelfde traject",
    inputs = {"het bericht (Message) van de gebeurtenis", "business key (id van het traject)",
        "de procesvariabelen en de lokale invoervariabelen van de gebeurtenis (bijvoorbeeld theme)"},
    outputs = {"een proces dat met dit bericht begint, start voor hetzelfde traject met die variabelen;"
        + " anders gaan de processen van het traject die op dit bericht wachten verder (wacht er geen, dan gebeurt er niets)"})
class SendTrajectoryMessage implements JavaDelegate, ExecutionListener {

  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;

  SendTrajectoryMessage(RuntimeService runtimeService, RepositoryService repositoryService) {
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    send(execution);
  }

  @Override
  public void notify(DelegateExecution execution) {
    // The template applied to an event whose definition already calls a bean: that call sends it, once.
    if (!definitionCallsABean(execution.getBpmnModelElementInstance())) {
      send(execution);
    }
  }

  private void send(DelegateExecution execution) {
    String message = messageName(execution.getBpmnModelElementInstance());
    String trajectory = execution.getProcessBusinessKey();
    boolean startsAProcess = repositoryService.createProcessDefinitionQuery()
        .messageEventSubscriptionName(message).latestVersion().count() > 0;
    if (startsAProcess) {
      runtimeService.createMessageCorrelation(message)
          .processInstanceBusinessKey(trajectory)
          .setVariables(execution.getVariables())
          .correlateStartMessage();
    } else {
      // Nobody waiting (e.g. the deadline already passed) is fine: the message is simply not needed.
      runtimeService.createMessageCorrelation(message)
          .processInstanceBusinessKey(trajectory)
          .correlateAll();
    }
  }

  private static Collection<MessageEventDefinition> definitions(FlowElement element) {
    return element.getChildElementsByType(MessageEventDefinition.class);
  }

  private static boolean definitionCallsABean(FlowElement element) {
    return definitions(element).stream().anyMatch(d -> d.getCamundaDelegateExpression() != null
        || d.getCamundaClass() != null || d.getCamundaExpression() != null);
  }

  private static String messageName(FlowElement element) {
    return definitions(element).stream().filter(d -> d.getMessage() != null).map(d -> d.getMessage().getName())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Element " + element.getId() + " heeft geen bericht"));
  }
}
