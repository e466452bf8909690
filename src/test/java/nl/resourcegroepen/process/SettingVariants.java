package nl.resourcegroepen.process;

import nl.resourcegroepen.trajectory.ProcessVariants;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes the real building block {@code variants} available to the diagrams under test, so call
 * activities resolve {@code ${variants.process('x', setting)}} exactly as in the service: a deployed
 * {@code x-<setting>} wins, otherwise {@code x}. Register it after the engine extension.
 */
final class SettingVariants implements BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    Mocks.register("variants", new ProcessVariants(
        ProcessEngines.getProcessEngine("process-tests").getRepositoryService()));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Mocks.reset();
  }
}
