package nl.resourcegroepen.record;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Care content that breaks the method's rules (too many goals, an agreement without a goal, a text that
 * is too long). Nothing is stored. Through the API it is a 400 (or 422) problem detail with a {@code fields} map;
 * when a form is submitted the task stays open and Tasklist shows the message. The message never
 * contains care content.
 */
public class RecordRejected extends ErrorResponseException {

  private final String detail;

  /** @param what what was not stored, e.g. "Het resourcegroepplan" */
  public RecordRejected(String what, Map<String, String> fields) {
    this(HttpStatus.BAD_REQUEST, what, fields);
  }

  /**
   * @param status 400 for input that breaks a rule, 422 for a reference to something that does not exist
   *     in the trajectory (a member, meeting or goal)
   */
  public RecordRejected(HttpStatus status, String what, Map<String, String> fields) {
    super(status, problem(status, what, fields), null);
    this.detail = getBody().getDetail();
  }

  private static ProblemDetail problem(HttpStatus status, String what, Map<String, String> fields) {
    String messages = String.join("; ", fields.values().stream().distinct().toList());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, what + " is niet opgeslagen: " + messages);
    problem.setProperty("fields", new LinkedHashMap<>(fields));
    return problem;
  }

  /** The Dutch explanation (also what Tasklist shows when a form is refused). */
  @Override
  public String getMessage() {
    return detail;
  }
}
