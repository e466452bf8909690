package nl.resourcegroepen.trajectory;

import org.springframework.http.HttpStatus;

/** A request about a trajectory that cannot be carried out; the message is Dutch, for the user. */
public class TrajectoryException extends RuntimeException {

  private final HttpStatus status;

  TrajectoryException(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }

  static TrajectoryException notFound() {
    return new TrajectoryException(HttpStatus.NOT_FOUND, "Dit traject bestaat niet of u heeft er geen toegang toe");
  }

  static TrajectoryException invalid(String message) {
    return new TrajectoryException(HttpStatus.UNPROCESSABLE_ENTITY, message);
  }

  static TrajectoryException forbidden(String message) {
    return new TrajectoryException(HttpStatus.FORBIDDEN, message);
  }
}
