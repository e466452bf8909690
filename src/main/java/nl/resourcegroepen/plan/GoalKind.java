package nl.resourcegroepen.plan;

/** Long-term (at most two) or short-term (at most three) recovery goal. */
public enum GoalKind {
  LONG("longTermGoal", 2, "Maximaal twee langetermijndoelen"),
  SHORT("shortTermGoal", 3, "Maximaal drie kortetermijndoelen");

  private final String key;
  private final int max;
  private final String tooMany;

  GoalKind(String key, int max, String tooMany) {
    this.key = key;
    this.max = max;
    this.tooMany = tooMany;
  }

  /** The form key prefix: {@code longTermGoal1}, {@code shortTermGoal3Now}. */
  public String key() {
    return key;
  }

  /** The most goals of this kind a plan may have (slots 1..max). */
  public int max() {
    return max;
  }

  /** The Dutch message when a plan has more goals of this kind than allowed. */
  public String tooMany() {
    return tooMany;
  }
}
