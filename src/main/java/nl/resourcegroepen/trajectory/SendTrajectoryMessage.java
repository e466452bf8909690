package nl.resourcegroepen.trajectory;

import java.util.Collection;
import nl.resourcegroepen.engine.ProcessBuildingBlock;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.springframework.stereotype.Component;

/**
 * Message throw event: sends the event's message to the processes of the same trajectory (same
 * business key). When a process starts with this message, it is started for the trajectory with the
 * sender's variables (ids and routing flags only) plus the event's own input variables.
 */
@Component("sendTrajectoryMessage")
@ProcessBuildingBlock("Stuurt het bericht van deze gebeurtenis naar de processen van hetzelfde traject")
class SendTrajectoryMessage implements JavaDelegate {

  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;

  SendTrajectoryMessage(RuntimeService runtimeService, RepositoryService repositoryService) {
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
  }

  @Override
  public void execute(DelegateExecution execution) {
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

  private static String messageName(FlowElement element) {
    Collection<MessageEventDefinition> definitions =
        element.getChildElementsByType(MessageEventDefinition.class);
    return definitions.stream().filter(d -> d.getMessage() != null).map(d -> d.getMessage().getName())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Element " + element.getId() + " heeft geen bericht"));
  }
}
