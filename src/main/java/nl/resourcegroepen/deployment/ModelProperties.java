package nl.resourcegroepen.deployment;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the diagrams and forms are read from: by default the working directory's processes/ and forms/. */
@ConfigurationProperties("resourcegroepen.models")
public record ModelProperties(Path processesDir, Path formsDir) {

  public ModelProperties {
    processesDir = processesDir == null ? Path.of("processes") : processesDir;
    formsDir = formsDir == null ? Path.of("forms") : formsDir;
  }
}
