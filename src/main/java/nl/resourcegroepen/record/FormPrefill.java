package nl.resourcegroepen.record;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a form shows when it opens: for the forms that are edited over time (the plan, the sociogram,
 * ...; configured in {@code resourcegroepen.forms.carried-over}), the latest values entered for the same
 * trajectory (and the same member, for member forms), read from the care record. Fields that belong to the
 * moment of filling in, such as the date of the conversation, start blank. The values never pass through the
 * engine's variables.
 */
@Service
public class FormPrefill {

  private final IdentityService identityService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final FormSchemas schemas;
  private final FormSubmissionRepository submissions;
  private final ObjectMapper json;
  private final Set<String> carriedOver;
  private final Set<String> ofTheMoment;

  FormPrefill(IdentityService identityService, TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
      FormSchemas schemas, FormSubmissionRepository submissions, ObjectMapper json,
      @Value("${resourcegroepen.forms.carried-over:}") Set<String> carriedOver,
      @Value("${resourcegroepen.forms.never-carried-over:}") Set<String> ofTheMoment) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.schemas = schemas;
    this.submissions = submissions;
    this.json = json;
    this.carriedOver = carriedOver;
    this.ofTheMoment = ofTheMoment;
  }

  /**
   * The earlier values for a task's form fields, by field key; empty when the form starts blank. Call
   * only after the engine has confirmed that the user may see the task: the lookup itself runs without
   * the user's engine authorizations (the care record is not the engine's).
   */
  @Transactional(readOnly = true)
  public Map<String, Object> earlierValues(String taskId) {
    Authentication user = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return lookUp(taskId);
    } finally {
      if (user != null) {
        identityService.setAuthentication(user);
      }
    }
  }

  private Map<String, Object> lookUp(String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return Map.of();
    }
    ProcessDefinition definition = repositoryService.getProcessDefinition(task.getProcessDefinitionId());
    UserTask element = repositoryService.getBpmnModelInstance(definition.getId()).getModelElementById(task.getTaskDefinitionKey());
    String formId = element == null ? null : element.getCamundaFormRef();
    if (formId == null || !carriedOver.contains(formId)) {
      return Map.of();
    }
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    Object memberId = taskService.getVariable(taskId, "memberId");
    Set<String> keys = schemas.fields(definition.getDeploymentId(), formId).routingByKey().keySet();
    List<FormSubmission> history = submissions.findByTrajectoryIdOrderBySubmittedAtAscIdAsc(instance.getBusinessKey());
    Map<String, Object> values = new LinkedHashMap<>();
    for (FormSubmission submission : history) {
      if (!carriedOver.contains(submission.getFormId()) || !Objects.equals(submission.getMemberId(), memberId)) {
        continue;
      }
      payload(submission).forEach((key, value) -> {
        if (keys.contains(key) && !ofTheMoment.contains(key) && value != null && !"".equals(value)) {
          values.put(key, value);
        }
      });
    }
    return values;
  }

  private Map<String, Object> payload(FormSubmission submission) {
    try {
      return json.readValue(submission.getPayload(), new TypeReference<Map<String, Object>>() { });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
