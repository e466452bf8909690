package nl.resourcegroepen.record;

import java.util.Set;

/**
 * Turns the care content of certain forms into the trajectory's structured record (members, meetings,
 * plan, ...). Runs in the transaction that completes the task: if it fails, the task stays open and
 * nothing is stored.
 */
public interface FormDataHandler {

  /** The form ids this handler understands. */
  Set<String> formIds();

  void handle(SubmittedForm form);
}
