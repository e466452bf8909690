package nl.resourcegroepen.web;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.resourcegroepen.record.RecordRejected;
import nl.resourcegroepen.trajectory.TrajectoryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * API errors as problem details (RFC 9457) with a Dutch explanation for the user; invalid fields are
 * listed per field. Unexpected errors are logged and answered without internals.
 */
@RestControllerAdvice(basePackages = "nl.resourcegroepen")
class ApiErrors extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(TrajectoryException.class)
  ResponseEntity<ProblemDetail> trajectory(TrajectoryException e) {
    return ResponseEntity.status(e.status()).body(ProblemDetail.forStatusAndDetail(e.status(), e.getMessage()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    // Care content refused by a rule while a task completed: the engine wraps our answer; unwrap it.
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RecordRejected rejected) {
        return ResponseEntity.status(rejected.getStatusCode()).body(rejected.getBody());
      }
    }
    LOG.error("Onverwachte fout in de API", e);
    return ResponseEntity.internalServerError().body(ProblemDetail.forStatusAndDetail(
        HttpStatus.INTERNAL_SERVER_ERROR, "Er ging iets mis; er is niets opgeslagen. Probeer het later opnieuw."));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "De invoer is niet volledig of niet juist");
    Map<String, String> fields = new LinkedHashMap<>();
    e.getBindingResult().getFieldErrors().forEach(f -> fields.putIfAbsent(f.getField(), f.getDefaultMessage()));
    problem.setProperty("fields", fields);
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestSizeLimit.TooLarge) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ProblemDetail.forStatusAndDetail(
            HttpStatus.PAYLOAD_TOO_LARGE, RequestSizeLimit.TOO_LARGE));
      }
    }
    Throwable cause = e.getMostSpecificCause();
    String detail = cause instanceof IllegalArgumentException && cause.getMessage() != null
        ? cause.getMessage() : "De invoer is geen geldige JSON of bevat een onbekende waarde";
    return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
  }
}
