package nl.resourcegroepen.plan;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A change to the plan that breaks its rules (too many goals, a text that is too long). Nothing is
 * stored. Through the API it is a 400 problem detail with a {@code fields} map; when a form is submitted
 * the task stays open and Tasklist shows the message. The message never contains care content.
 */
public class PlanRejected extends ErrorResponseException {

  private final String detail;

  PlanRejected(Map<String, String> fields) {
    super(HttpStatus.BAD_REQUEST, problem(fields), null);
    this.detail = getBody().getDetail();
  }

  private static ProblemDetail problem(Map<String, String> fields) {
    String messages = String.join("; ", fields.values().stream().distinct().toList());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "Het resourcegroepplan is niet opgeslagen: " + messages);
    problem.setProperty("fields", new java.util.LinkedHashMap<>(fields));
    return problem;
  }

  /** The Dutch explanation (also what Tasklist shows when a form is refused). */
  @Override
  public String getMessage() {
    return detail;
  }
}
