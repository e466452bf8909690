package nl.resourcegroepen.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.resourcegroepen.deployment.change.TemporaryModelFolders;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service with the demo teams, users and trajectories, on a random port, for tests that drive
 * it through headless Chromium as its users do. All classes with this annotation share one service (its
 * own in-memory database and engine); each test makes its own data or reads what is there when it looks.
 * The service reads its diagrams and forms from a temporary copy of processes/ and forms/, because the
 * implementation lead deploys changed diagrams, which writes them into the model folders.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "resourcegroepen.demo.trajectories=true",
    "spring.datasource.url=jdbc:h2:mem:resourcegroepen-browser;DB_CLOSE_DELAY=-1",
    "camunda.bpm.process-engine-name=browser",
    // Selenium warns that it has no DevTools support for this Chromium version; the tests do not use it.
    "logging.level.org.openqa.selenium=error"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = TemporaryModelFolders.class)
@interface BrowserTest {
}
