package nl.resourcegroepen.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The diagrams and forms on disk, as the engine will see them: resource names are paths relative to
 * the common parent of the two folders (e.g. {@code processes/preparation.bpmn}), so an unchanged file
 * always has the same name and content.
 */
public final class ModelFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path root;
  private final List<Path> diagrams;
  private final List<Path> decisions;
  private final Map<String, Path> formsById;

  private ModelFiles(Path root, List<Path> diagrams, List<Path> decisions, Map<String, Path> formsById) {
    this.root = root;
    this.diagrams = diagrams;
    this.decisions = decisions;
    this.formsById = formsById;
  }

  /** Reads the folders; a form that is no valid JSON, has no id or shares its id with another stops here. */
  public static ModelFiles read(Path processesDir, Path formsDir) {
    List<ModelProblem> problems = new ArrayList<>();
    ModelFiles files = scan(processesDir, formsDir, problems);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(ModelRules.describe(problems));
    }
    return files;
  }

  /**
   * Reads the folders like {@link #read}, but reports a form that cannot be read or shares its id in
   * {@code problems} instead of stopping; such a form is left out.
   */
  public static ModelFiles scan(Path processesDir, Path formsDir, List<ModelProblem> problems) {
    Path processes = processesDir.toAbsolutePath().normalize();
    Path forms = formsDir.toAbsolutePath().normalize();
    Path root = commonParent(processes, forms);
    Map<String, Path> formsById = new LinkedHashMap<>();
    for (Path form : list(forms, ".form")) {
      String name = root.relativize(form).toString().replace('\\', '/');
      String id;
      try {
        id = formId(form);
      } catch (IllegalStateException e) {
        problems.add(new ModelProblem(name, null, e.getMessage()));
        continue;
      }
      Path earlier = formsById.putIfAbsent(id, form);
      if (earlier != null) {
        problems.add(new ModelProblem(name, id, "Formulier-id '" + id + "' komt twee keer voor: "
            + root.relativize(earlier).toString().replace('\\', '/') + " en " + name
            + "; geef een van beide formulieren een ander id"));
      }
    }
    return new ModelFiles(root, list(processes, ".bpmn"), list(processes, ".dmn"), formsById);
  }

  public List<Path> diagrams() {
    return diagrams;
  }

  public List<Path> decisions() {
    return decisions;
  }

  public Map<String, Path> formsById() {
    return formsById;
  }

  /** The resource name under which a file is deployed. */
  public String resourceName(Path file) {
    return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** The forms a diagram refers to with {@code camunda:formRef}, as files; unknown ids are skipped. */
  public Set<Path> formsOf(Path diagram) {
    Set<Path> result = new LinkedHashSet<>();
    for (String ref : formRefs(diagram)) {
      Path form = formsById.get(ref);
      if (form != null) {
        result.add(form);
      }
    }
    return result;
  }

  public static Set<String> formRefs(Path diagram) {
    BpmnModelInstance model = readDiagram(diagram);
    Set<String> refs = new LinkedHashSet<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormRef() != null) {
        refs.add(task.getCamundaFormRef());
      }
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        refs.add(start.getCamundaFormRef());
      }
    }
    return refs;
  }

  public static BpmnModelInstance readDiagram(Path diagram) {
    try (InputStream in = Files.newInputStream(diagram)) {
      return Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String formId(Path form) {
    JsonNode json;
    try {
      json = JSON.readTree(form.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var at = e.getLocation();
      throw new IllegalStateException("Het formulier is geen geldige JSON"
          + (at == null ? "" : " (regel " + at.getLineNr() + ", kolom " + at.getColumnNr() + ")")
          + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode id = json == null ? null : json.get("id");
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      throw new IllegalStateException("Het formulier " + form.getFileName() + " heeft geen id");
    }
    return id.asText();
  }

  private static List<Path> list(Path dir, String extension) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return new ArrayList<>(files.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(extension))
          .sorted()
          .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path commonParent(Path a, Path b) {
    Path parent = a.getParent();
    while (parent != null && !b.startsWith(parent)) {
      parent = parent.getParent();
    }
    return parent == null ? a.getRoot() : parent;
  }
}
