package nl.resourcegroepen.record;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Care content that breaks the method's rules (too many goals, an agreement without a goal, a text that
 * is too long). Nothing is stored. Through the API it is a 400 problem detail with a {@code fields} map;
 * when a form is submitted the task stays open and Tasklist shows the message. The message never
 * contains care content.
 */
public class RecordRejected extends ErrorResponseException {

  private final String detail;

  /** @param what what was not stored, e.g. "Het resourcegroepplan" */
  public RecordRejected(String what, Map<String, String> fields) {
    super(HttpStatus.BAD_REQUEST, problem(what, fields), null);
    this.detail = getBody().getDetail();
  }

  private static ProblemDetail problem(String what, Map<String, String> fields) {
    String messages = String.join("; ", fields.values().stream().distinct().toList());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        what + " is niet opgeslagen: " + messages);
    problem.setProperty("fields", new LinkedHashMap<>(fields));
    return problem;
  }

  /** The Dutch explanation (also what Tasklist shows when a form is refused). */
  @Override
  public String getMessage() {
    return detail;
  }
}
