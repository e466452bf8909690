package nl.resourcegroepen.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.resourcegroepen.member.MemberRepository;
import nl.resourcegroepen.member.MemberStatus;
import nl.resourcegroepen.support.EngineTables;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.ServiceTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forms are completed in Tasklist (through the engine REST API it uses): what is entered goes to the
 * care record, in the same transaction, and never into the engine's tables; only routing flags stay.
 */
@ServiceTest
class CareContentStaysOutOfTheEngineTest {

  private static final String CLIENT = "Teun Onvindbaar";
  private static final String NOTE = "Teun wil graag weer fietsen met zijn zus";
  private static final String NOMINEE = "Wieke Onvindbaar";

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  FormSubmissionRepository submissions;
  @Autowired
  MemberRepository members;
  @Autowired
  DataSource dataSource;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void whatACoordinatorEntersIsStoredInTheRecordAndNotInTheEngine() throws Exception {
    Http anna = Http.basic(port, "anna", "demo");
    String trajectory = json.readTree(anna.postJson("/api/trajectories",
        "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"" + CLIENT + "\"}}").body()).get("id").asText();

    Task approach = taskService.createTaskQuery().processInstanceBusinessKey(trajectory).singleResult();
    HttpResponse<String> submitted = anna.postJson("/engine-rest/task/" + approach.getId() + "/submit-form",
        "{\"variables\":{"
            + "\"clientMotivated\":{\"value\":\"yes\",\"type\":\"String\"},"
            + "\"discussionDate\":{\"value\":\"2026-11-20\",\"type\":\"String\"},"
            + "\"clientMotivationNotes\":{\"value\":\"" + NOTE + "\",\"type\":\"String\"}}}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);

    List<FormSubmission> record = submissions.findByTrajectoryIdOrderBySubmittedAtAscIdAsc(trajectory);
    assertThat(record).singleElement().satisfies(s -> {
      assertThat(s.getFormId()).isEqualTo("client-approach");
      assertThat(s.getSubmittedBy()).isEqualTo("anna");
      assertThat(s.getPayload()).contains(NOTE).contains("\"clientMotivated\":\"yes\"");
    });
    String preparation = taskService.createTaskQuery().processInstanceBusinessKey(trajectory).singleResult()
        .getProcessInstanceId();
    assertThat(runtimeService.getVariables(preparation)).containsEntry("clientMotivated", "yes")
        .doesNotContainKeys("clientMotivationNotes", "discussionDate");

    Task explain = taskService.createTaskQuery().processInstanceBusinessKey(trajectory).singleResult();
    anna.postJson("/engine-rest/task/" + explain.getId() + "/submit-form", "{\"variables\":{}}");
    Task sociogram = taskService.createTaskQuery().processInstanceBusinessKey(trajectory).singleResult();
    anna.postJson("/engine-rest/task/" + sociogram.getId() + "/submit-form", "{\"variables\":{}}");
    Task nominate = taskService.createTaskQuery().processInstanceBusinessKey(trajectory)
        .taskDefinitionKey("nominateMembers").singleResult();
    HttpResponse<String> nominated = anna.postJson("/engine-rest/task/" + nominate.getId() + "/submit-form",
        "{\"variables\":{\"nominees\":{\"type\":\"Json\",\"value\":\"[{\\\"name\\\":\\\"" + NOMINEE
            + "\\\",\\\"relationType\\\":\\\"family\\\",\\\"relationDescription\\\":\\\"zus\\\"}]\"}}}");
    assertThat(nominated.statusCode()).as(nominated.body()).isEqualTo(204);
    assertThat(members.findByTrajectoryIdOrderByNominatedAtAscIdAsc(trajectory)).singleElement()
        .satisfies(m -> {
          assertThat(m.getName()).isEqualTo(NOMINEE);
          assertThat(m.getStatus()).isEqualTo(MemberStatus.NOMINATED);
        });

    assertThat(EngineTables.columnsContaining(dataSource, CLIENT)).isEmpty();
    assertThat(EngineTables.columnsContaining(dataSource, NOTE)).isEmpty();
    assertThat(EngineTables.columnsContaining(dataSource, NOMINEE)).isEmpty();
    assertThat(EngineTables.columnsContaining(dataSource, "Onvindbaar")).isEmpty();
  }
}
