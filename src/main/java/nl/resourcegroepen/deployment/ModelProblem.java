package nl.resourcegroepen.deployment;

/** One thing wrong with a diagram or form, explained in Dutch, with the file and element it is about. */
public record ModelProblem(String file, String elementId, String message) {

  @Override
  public String toString() {
    return file + (elementId == null ? "" : " [" + elementId + "]") + ": " + message;
  }
}
