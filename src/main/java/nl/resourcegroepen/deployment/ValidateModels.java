package nl.resourcegroepen.deployment;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.resourcegroepen.engine.BuildingBlockCatalogue;

/**
 * The validate command: checks a folder of diagrams and decision tables and a folder of forms with the
 * model rules, without starting the service, and prints the problems in Dutch. Exits with 1 when
 * there is an error (warnings alone do not fail), 2 when a folder does not exist.
 *
 * <pre>mvn -q compile exec:java -Dexec.args="processes forms"</pre>
 *
 * Without an engine it cannot know what is deployed or which trajectories run: every called process
 * and message must be in the folders. The endpoint {@code POST /api/deployments/validate} also checks
 * against the running service.
 */
public final class ValidateModels {

  private ValidateModels() {
  }

  public static void main(String[] args) {
    int exitCode = run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }

  /** Checks the folders named in {@code args} and prints the report; returns the exit code. */
  static int run(String[] args, PrintStream out) {
    Path processes = Path.of(args.length > 0 ? args[0] : "processes");
    Path forms = Path.of(args.length > 1 ? args[1] : "forms");
    for (Path folder : List.of(processes, forms)) {
      if (!Files.isDirectory(folder)) {
        out.println("Map " + folder.toAbsolutePath() + " bestaat niet. Gebruik: ValidateModels <processen-map> <formulieren-map>");
        return 2;
      }
    }
    List<ModelProblem> problems = new ModelRules(BuildingBlockCatalogue.scan().keySet()).check(processes, forms);
    out.print(report(processes, forms, problems));
    return problems.stream().anyMatch(ModelProblem::isError) ? 1 : 0;
  }

  static String report(Path processes, Path forms, List<ModelProblem> problems) {
    long errors = problems.stream().filter(ModelProblem::isError).count();
    StringBuilder text = new StringBuilder("Controle van " + processes + " en " + forms + ": ");
    text.append(errors == 0 ? "in orde" : errors + (errors == 1 ? " fout" : " fouten"));
    long warnings = problems.size() - errors;
    if (warnings > 0) {
      text.append(", ").append(warnings).append(warnings == 1 ? " waarschuwing" : " waarschuwingen");
    }
    text.append(System.lineSeparator());
    for (ModelProblem problem : problems) {
      text.append(problem.severity().dutch()).append("  ").append(problem.file())
          .append(problem.elementId() == null ? "" : " [" + problem.elementId() + "]")
          .append(": ").append(problem.message()).append(System.lineSeparator());
    }
    return text.toString();
  }
}
