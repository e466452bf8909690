package nl.resourcegroepen.web;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.resourcegroepen.trajectory.TrajectoryException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** API errors as problem details (RFC 9457), with a Dutch explanation; field errors per field. */
@RestControllerAdvice(basePackages = "nl.resourcegroepen")
class ApiErrors {

  @ExceptionHandler(TrajectoryException.class)
  ResponseEntity<ProblemDetail> trajectory(TrajectoryException e) {
    return ResponseEntity.status(e.status()).body(ProblemDetail.forStatusAndDetail(e.status(), e.getMessage()));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "De invoer is niet volledig of niet juist");
    Map<String, String> fields = new LinkedHashMap<>();
    e.getBindingResult().getFieldErrors().forEach(f -> fields.putIfAbsent(f.getField(), f.getDefaultMessage()));
    problem.setProperty("fields", fields);
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getMostSpecificCause();
    String detail = cause instanceof IllegalArgumentException && cause.getMessage() != null
        ? cause.getMessage() : "De invoer is geen geldige JSON of bevat een onbekende waarde";
    return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
  }
}
