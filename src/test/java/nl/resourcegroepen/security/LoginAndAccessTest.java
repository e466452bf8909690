package nl.resourcegroepen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.ServiceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page and endpoint requires login; one login works for our pages, the Camunda webapps and the API. */
@ServiceTest
class LoginAndAccessTest {

  @LocalServerPort
  int port;

  @ParameterizedTest
  @ValueSource(strings = {"/api/trajectories/x", "/api/me", "/engine-rest/task", "/engine-rest/process-definition",
      "/camunda/api/engine/engine/default/task", "/camunda/api/admin/auth/user/default"})
  void apisAnswer401WithAProblemDetailWithoutLogin(String path) {
    HttpResponse<String> response = new Http(port).get(path);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":401");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/index.html", "/inbox", "/inbox.html", "/dashboard.html", "/trajectory.html", "/modellen", "/modellen.html", "/camunda/app/tasklist/", "/camunda/app/cockpit/", "/camunda/app/admin/"})
  void pagesRedirectToTheLoginPage(String path) {
    HttpResponse<String> response = new Http(port).get(path);

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
  }

  @Test
  void theLoginPageIsDutch() {
    HttpResponse<String> response = new Http(port).get("/login");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Inloggen", "Gebruikersnaam", "Wachtwoord");
  }

  @Test
  void aDemoUserLogsInOnceAndIsKnownToThePagesAndToCamunda() {
    Http anna = Http.loggedIn(port, "anna", "demo");

    assertThat(anna.get("/api/me").body()).contains("\"name\":\"Anna de Vries\"", "ggz-noord");
    assertThat(anna.get("/").statusCode()).isEqualTo(200);
    assertThat(anna.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    HttpResponse<String> camundaUser = anna.get("/camunda/api/admin/auth/user/default");
    assertThat(camundaUser.statusCode()).isEqualTo(200);
    assertThat(camundaUser.body()).contains("\"userId\":\"anna\"").contains("tasklist");
  }

  @Test
  void afterLoginCoordinatorsLandOnTheirTasksAndManagersOnTheOverview() {
    assertThat(landingAfterLogin("anna")).endsWith("/inbox");
    assertThat(landingAfterLogin("hanna")).endsWith("/dashboard.html");
  }

  private String landingAfterLogin(String user) {
    Http http = new Http(port);
    http.get("/login");
    return http.postForm("/login", "username=" + user + "&password=demo&_csrf=" + http.csrf())
        .headers().firstValue("Location").orElse("");
  }

  @Test
  // ivo: the engine delays a user's next login after a wrong password, so no other test uses him.
  void aWrongPasswordIsRefused() {
    Http http = new Http(port);
    http.get("/login");
    HttpResponse<String> response = http.postForm("/login", "username=ivo&password=fout&_csrf=" + http.csrf());

    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?fout"));
    assertThat(Http.basic(port, "ivo", "fout").get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void apiClientsMayUseHttpBasic() {
    assertThat(Http.basic(port, "carla", "demo").get("/api/me").statusCode()).isEqualTo(200);
    assertThat(Http.basic(port, "carla", "demo").get("/engine-rest/process-definition").statusCode()).isEqualTo(200);
  }
}
