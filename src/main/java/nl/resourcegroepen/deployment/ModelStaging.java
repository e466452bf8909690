package nl.resourcegroepen.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary copy of the model folders with a change applied: what the folders would look like after
 * the change. Resource names in the copy are the same as in the real folders, so the rules and a trial
 * deployment see exactly what a real deployment would see.
 */
final class ModelStaging implements AutoCloseable {

  private final Path root;
  private final Path processes;
  private final Path forms;

  private ModelStaging(Path root, Path processes, Path forms) {
    this.root = root;
    this.processes = processes;
    this.forms = forms;
  }

  static ModelStaging copyOf(ModelProperties properties) {
    Path realProcesses = properties.processesDir().toAbsolutePath().normalize();
    Path realForms = properties.formsDir().toAbsolutePath().normalize();
    Path common = ModelFiles.commonParent(realProcesses, realForms);
    try {
      Path root = Files.createTempDirectory("rg-models-");
      ModelStaging staging = new ModelStaging(root, root.resolve(common.relativize(realProcesses).toString()),
          root.resolve(common.relativize(realForms).toString()));
      copyTree(realProcesses, staging.processes);
      copyTree(realForms, staging.forms);
      return staging;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path processes() {
    return processes;
  }

  Path forms() {
    return forms;
  }

  /** The name under which a file of this copy would be deployed, e.g. {@code processes/preparation.bpmn}. */
  String resourceName(Path file) {
    return ModelFiles.commonParent(processes, forms).relativize(file.toAbsolutePath().normalize()).toString()
        .replace('\\', '/');
  }

  /** Where a file of this copy's processes folder is in the real processes folder. */
  Path realProcessesFile(Path realProcessesDir, Path stagedFile) {
    return realProcessesDir.resolve(processes.relativize(stagedFile.toAbsolutePath().normalize()).toString());
  }

  /** Where an uploaded file lands in this copy. */
  Path target(ModelUpload.UploadedFile file) {
    return (ModelUpload.PROCESSES.equals(file.folder()) ? processes : forms).resolve(file.path()).normalize();
  }

  void write(ModelUpload.UploadedFile file) {
    try {
      Path target = target(file);
      Files.createDirectories(target.getParent());
      Files.write(target, file.content());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same file in this copy as {@code realFile} in the real processes folder. */
  Path inProcesses(Path realProcessesDir, Path realFile) {
    return processes.resolve(realProcessesDir.toAbsolutePath().normalize()
        .relativize(realFile.toAbsolutePath().normalize()).toString());
  }

  static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
