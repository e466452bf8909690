package nl.resourcegroepen.deployment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One thing wrong with a diagram or form, explained in Dutch, with the file and element it is about.
 * An error stops a deployment; a warning is shown but does not.
 */
public record ModelProblem(String file, String elementId, String message, Severity severity) {

  public enum Severity {
    ERROR("error", "FOUT"), WARNING("warning", "WAARSCHUWING");

    private final String code;
    private final String dutch;

    Severity(String code, String dutch) {
      this.code = code;
      this.dutch = dutch;
    }

    @JsonValue
    public String code() {
      return code;
    }

    public String dutch() {
      return dutch;
    }
  }

  /** An error: the models may not be deployed like this. */
  public ModelProblem(String file, String elementId, String message) {
    this(file, elementId, message, Severity.ERROR);
  }

  public static ModelProblem warning(String file, String elementId, String message) {
    return new ModelProblem(file, elementId, message, Severity.WARNING);
  }

  @JsonIgnore
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return (severity == Severity.WARNING ? "(waarschuwing) " : "") + file
        + (elementId == null ? "" : " [" + elementId + "]") + ": " + message;
  }
}
