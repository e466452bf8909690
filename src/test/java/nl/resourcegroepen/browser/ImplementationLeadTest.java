package nl.resourcegroepen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.resourcegroepen.deployment.change.TemporaryModelFolders;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The implementation lead (ivo) changes a real diagram through his page: after login he lands on it, the
 * change he uploads has a typing error in a form id, which the check explains in Dutch with file and
 * element, and deploying stays impossible; the corrected file passes, he deploys it, and the processes
 * table shows the new version. The service works on a copy of the model folders: the repository's
 * processes/ folder does not change.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImplementationLeadTest {

  private static final String DIAGRAM = "processes/warm-handover.bpmn";
  private static final String TASK = "name=\"Overdrachtsbijeenkomst organiseren\" camunda:formRef=\"handover-organisation\"";
  private static final String NEW_NAME = "Overdrachtsbijeenkomst organiseren en uitnodigen";

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repositoryService;

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

  @Test
  void ivoFixesTheProblemTheCheckFindsDeploysAndSeesTheNewVersion(@TempDir Path edits) throws IOException {
    String original = Files.readString(Path.of(DIAGRAM));
    assertThat(original).contains(TASK);
    Path broken = write(edits.resolve("eerste-poging/warm-handover.bpmn"), original.replace(TASK,
        "name=\"" + NEW_NAME + "\" camunda:formRef=\"handover-organization\""));
    Path fixed = write(edits.resolve("verbeterd/warm-handover.bpmn"), original.replace(TASK,
        "name=\"" + NEW_NAME + "\" camunda:formRef=\"handover-organisation\""));
    int before = latest().getVersion();

    assertThat(browser.logIn("ivo")).isEqualTo("/modellen");
    waitFor("processes", 1);
    assertThat(browser.find("#processen tr[data-key='warmHandover'] td[data-latest]").getText())
        .isEqualTo(String.valueOf(before));

    // The first attempt: a form id with a typing error.
    choose(broken);
    assertThat(browser.find("#uitrollen").isEnabled()).isFalse();
    browser.find("#controleren").click();
    waitFor("checks", 1);
    assertThat(browser.find("#controle-uitkomst").getText()).startsWith("1 fout:").contains("kan er niets worden uitgerold");
    List<WebElement> problem = browser.find("#problemen tbody tr").findElements(By.tagName("td"));
    assertThat(problem).extracting(WebElement::getText).containsExactly(DIAGRAM, "organiseHandoverMeeting",
        "Formulier 'handover-organization' bestaat niet in forms/", "Fout");
    assertThat(browser.find("#uitrollen").isEnabled()).as("nothing to deploy while there is an error").isFalse();

    // The corrected file passes and is deployed.
    choose(fixed);
    browser.find("#controleren").click();
    waitFor("checks", 2);
    assertThat(browser.find("#controle-uitkomst").getText()).startsWith("Geen problemen.").contains(DIAGRAM);
    assertThat(browser.all("#problemen tbody tr")).isEmpty();
    browser.find("#uitrollen").click();
    waitFor("deploys", 1);

    int after = before + 1;
    WebElement deployed = browser.find("#uitrol-versies li[data-key='warmHandover']");
    assertThat(deployed.getText()).contains("Warme overdracht (warmHandover): versie " + after);
    waitFor("processes", 2);
    assertThat(browser.find("#processen tr[data-key='warmHandover'] td[data-latest]").getText())
        .isEqualTo(String.valueOf(after));
    assertThat(latest().getVersion()).isEqualTo(after);
    assertThat(repositoryService.getBpmnModelInstance(latest().getId())
        .<UserTask>getModelElementById("organiseHandoverMeeting").getName()).isEqualTo(NEW_NAME);

    // The new version's diagram, drawn on the page.
    browser.find("#processen tr[data-key='warmHandover'] button").click();
    waitFor("diagrams", 1);
    assertThat(browser.find("#versie option:checked").getText()).startsWith("versie " + after + " (nieuwste)");
    assertThat(browser.find("#diagram [data-element-id='organiseHandoverMeeting']").getText()).contains("uitnodigen");

    // Deploying wrote the copy of the model folders, never the repository's own.
    assertThat(Files.readString(TemporaryModelFolders.root().resolve(DIAGRAM))).isEqualTo(Files.readString(fixed));
    assertThat(Files.readString(Path.of(DIAGRAM))).isEqualTo(original);
  }

  /** Chooses a file as in the file dialog; the new choice replaces the earlier file of the same name. */
  private void choose(Path file) {
    WebElement input = browser.driver().findElement(By.id("bestanden"));
    // Selenium adds to the input's files; a person's new choice in the dialog starts empty.
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = ''", input);
    input.sendKeys(file.toAbsolutePath().toString());
    // The page reads the file, lists it once, and forgets any earlier check.
    browser.waitUntil(d -> browser.all("#gekozen tbody tr").size() == 1 && d.findElement(By.id("controleren")).isEnabled()
        && !d.findElement(By.id("controle")).isDisplayed());
  }

  private void waitFor(String counter, int times) {
    browser.waitUntil(d -> String.valueOf(times).equals(
        d.findElement(By.tagName("body")).getDomAttribute("data-" + counter)));
  }

  private ProcessDefinition latest() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey("warmHandover").latestVersion()
        .singleResult();
  }

  private static Path write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }
}
