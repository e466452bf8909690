package nl.resourcegroepen.inbox;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request about inbox tasks that cannot be carried out. Rendered as a problem detail with a Dutch
 * message; invalid form fields are listed per field under {@code fields}, as elsewhere in the API.
 */
class InboxException extends ErrorResponseException {

  private InboxException(HttpStatus status, String detail, Map<String, ?> properties) {
    super(status, problem(status, detail, properties), null);
  }

  private static ProblemDetail problem(HttpStatus status, String detail, Map<String, ?> properties) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    properties.forEach(problem::setProperty);
    return problem;
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }

  static InboxException taskNotFound(String taskId) {
    return new InboxException(HttpStatus.NOT_FOUND,
        "Taak " + taskId + " bestaat niet of hoort niet bij uw team; er is niets gewijzigd", Map.of("taskId", taskId));
  }

  static InboxException forbidden(String detail) {
    return new InboxException(HttpStatus.FORBIDDEN, detail + "; er is niets gewijzigd", Map.of());
  }

  static InboxException conflict(String detail, String taskId) {
    return new InboxException(HttpStatus.CONFLICT, detail + "; er is niets gewijzigd", Map.of("taskId", taskId));
  }

  static InboxException invalid(String detail) {
    return new InboxException(HttpStatus.BAD_REQUEST, detail, Map.of());
  }

  static InboxException invalidFields(Map<String, String> fields) {
    return new InboxException(HttpStatus.BAD_REQUEST,
        "Het formulier is niet volledig; de taak is niet afgerond", Map.of("fields", fields));
  }
}
