package nl.resourcegroepen.deployment.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.resourcegroepen.support.Http;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Only implementation leads change the processes: deploying, removing, migrating and the overview of
 * the processes are refused (403) for everybody else, and every call needs a login (401). Validating is
 * open to everybody logged in: it changes nothing. After login the implementation lead lands on the page
 * for all this.
 */
@ModelChangeTest
class DeploymentAccessTest {

  @LocalServerPort
  int port;

  private static final Map<String, byte[]> UNCHANGED = Map.of("planning.bpmn",
      TemporaryModelFolders.read("processes/planning.bpmn").getBytes());

  @Test
  void withoutLoginEveryCallIsRefusedWith401() {
    Http anonymous = new Http(port);
    // Like a browser whose session ended: it has the CSRF cookie, but nobody is logged in.
    anonymous.get("/login");

    assertStatus(anonymous.postFiles("/api/deployments/validate", UNCHANGED), 401);
    assertStatus(anonymous.postFiles("/api/deployments", UNCHANGED), 401);
    assertStatus(anonymous.get("/api/deployments/processes/planning/migration"), 401);
    assertStatus(anonymous.postJson("/api/deployments/processes/planning/migration", "{}"), 401);
    assertStatus(anonymous.delete("/api/deployments/processes/planning"), 401);
    assertStatus(anonymous.get("/api/deployments/processes"), 401);
    assertStatus(anonymous.get("/api/deployments/processes/planning/versions/1"), 401);
  }

  @ParameterizedTest
  @ValueSource(strings = {"anna", "carla", "hanna", "jan"})
  void onlyImplementationLeadsDeployRemoveAndMigrate(String user) {
    Http http = Http.basic(port, user, "demo");

    HttpResponse<String> deploy = http.postFiles("/api/deployments", UNCHANGED);
    assertStatus(deploy, 403);
    assertThat(deploy.body()).contains("Alleen implementatieleiders");
    assertStatus(http.delete("/api/deployments/processes/planning"), 403);
    assertStatus(http.get("/api/deployments/processes/planning/migration"), 403);
    assertStatus(http.postJson("/api/deployments/processes/planning/migration", "{}"), 403);
    assertStatus(http.get("/api/deployments/processes"), 403);
    assertStatus(http.get("/api/deployments/processes/planning/versions/1"), 403);
  }

  @Test
  void everybodyLoggedInMayValidateAndTheImplementationLeadMayDoTheRest() {
    HttpResponse<String> validation = Http.basic(port, "anna", "demo").postFiles("/api/deployments/validate", UNCHANGED);
    assertStatus(validation, 200);
    assertThat(validation.body()).contains("\"valid\":true");

    Http ivo = Http.basic(port, "ivo", "demo");
    assertStatus(ivo.get("/api/deployments/processes/planning/migration"), 200);
    assertStatus(ivo.get("/api/deployments/processes"), 200);
    assertStatus(ivo.get("/api/deployments/processes/planning/versions/1"), 200);
    HttpResponse<String> deploy = ivo.postFiles("/api/deployments", UNCHANGED);
    assertStatus(deploy, 200);
    assertThat(deploy.body()).as("an unchanged file gives no new version").contains("\"deployed\":[]");
  }

  @Test
  void afterLoginTheImplementationLeadLandsOnThePageForChangingTheProcesses() {
    Http http = new Http(port);
    http.get("/login");
    HttpResponse<String> login = http.postForm("/login", "username=ivo&password=demo&_csrf=" + http.csrf());

    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/modellen"));
    HttpResponse<String> page = http.get("/modellen");
    assertStatus(page, 200);
    assertThat(page.body()).contains("Wijziging controleren en uitrollen");
  }

  private static void assertStatus(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
  }
}
