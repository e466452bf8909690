package nl.resourcegroepen.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.resourcegroepen.member.MemberRepository;
import nl.resourcegroepen.member.MemberStatus;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.ServiceTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

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

    assertThat(engineRowsContaining(CLIENT)).isEmpty();
    assertThat(engineRowsContaining(NOTE)).isEmpty();
    assertThat(engineRowsContaining(NOMINEE)).isEmpty();
    assertThat(engineRowsContaining("Onvindbaar")).isEmpty();
  }

  /** Every text column of every engine table (ACT_*) that contains the text, as "table.column". */
  private List<String> engineRowsContaining(String text) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    List<Map<String, Object>> columns = jdbc.queryForList(
        "select table_name, column_name, data_type from information_schema.columns "
            + "where table_schema = 'PUBLIC' and table_name like 'ACT_%'");
    List<String> found = new ArrayList<>();
    for (Map<String, Object> column : columns) {
      String table = (String) column.get("TABLE_NAME");
      String name = (String) column.get("COLUMN_NAME");
      String type = String.valueOf(column.get("DATA_TYPE"));
      String condition = type.contains("CHAR") || type.contains("CLOB")
          ? "\"" + name + "\" like ?"
          : type.contains("BINARY") || type.contains("BLOB") ? "utf8tostring(\"" + name + "\") like ?" : null;
      if (condition == null) {
        continue;
      }
      Integer count = jdbc.queryForObject("select count(*) from \"" + table + "\" where " + condition,
          Integer.class, "%" + text + "%");
      if (count != null && count > 0) {
        found.add(table + "." + name);
      }
    }
    return found;
  }
}
