package nl.resourcegroepen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The trajectory page shows the consent a setting asks for: in the jeugd who consented according to age,
 * in the wijkteam the decision per domain; a ggz trajectory has no consent step and no consent card.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrajectoryPageTest {

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;

  private Chromium browser;

  @BeforeAll
  void startBrowser() {
    browser = Chromium.start(port);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private String trajectoryOf(String client) {
    return jdbc.queryForObject("select t.id from trajectory t join client c on c.id = t.client_id where c.name = ?",
        String.class, client);
  }

  private List<String> consentRows(String user, String client) {
    browser.logIn(user);
    browser.open("/trajectory.html?id=" + trajectoryOf(client));
    browser.find("#toestemming-kaart");
    browser.waitUntil(d -> !browser.all("#toestemming tr").isEmpty());
    return browser.all("#toestemming tr").stream().map(WebElement::getText).toList();
  }

  @Test
  void aYoungPersonsPageShowsWhoConsentedAccordingToAge() {
    List<String> rows = consentRows("fleur", "Noa Hendriks");

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).toLowerCase()).contains("jongere").contains("gegeven").doesNotContain("niet gegeven").contains("fleur");
  }

  @Test
  void aNeighbourhoodTeamPageShowsTheDecisionPerDomain() {
    List<String> rows = consentRows("gijs", "Henk Vos");

    List<Integer> recorded = jdbc.queryForList("select count(distinct domain) from domain_consent d join trajectory t"
        + " on t.id = d.trajectory_id join client c on c.id = t.client_id where c.name = 'Henk Vos'", Integer.class);
    assertThat(rows).hasSize(recorded.get(0)).anyMatch(r -> r.toLowerCase().startsWith("wonen") && r.contains("Woonbegeleiding"));
  }

  @Test
  void aGgzPageHasNoConsentCard() {
    browser.logIn("anna");
    String id = jdbc.queryForObject("select t.id from trajectory t where t.team = 'ggz-noord' and t.setting = 'GGZ'"
        + " order by t.started_at fetch first 1 rows only", String.class);
    browser.open("/trajectory.html?id=" + id);
    browser.waitUntil(d -> !browser.all("#leden tr").isEmpty());

    assertThat(browser.find("#titel").getText()).startsWith("Resourcegroep van");
    assertThat(browser.all("#toestemming-kaart").get(0).isDisplayed()).isFalse();
  }
}
