package nl.resourcegroepen.deployment;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A change to the models that is not carried out; a problem detail with a Dutch explanation. Nothing was changed. */
public class ModelChangeRefused extends ErrorResponseException {

  private ModelChangeRefused(HttpStatus status, ProblemDetail body) {
    super(status, body, null);
  }

  /** 422 with every problem (file, element, message, severity) of the change. */
  static ModelChangeRefused invalid(String what, List<ModelProblem> problems) {
    long errors = problems.stream().filter(ModelProblem::isError).count();
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, what + ": "
        + errors + (errors == 1 ? " fout" : " fouten") + ". Er is niets gewijzigd. "
        + problems.stream().filter(ModelProblem::isError).findFirst().map(ModelProblem::toString).orElse(""));
    body.setProperty("valid", false);
    body.setProperty("problems", problems);
    return new ModelChangeRefused(HttpStatus.UNPROCESSABLE_ENTITY, body);
  }

  static ModelChangeRefused notFound(String detail) {
    return new ModelChangeRefused(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail));
  }

  static ModelChangeRefused forbidden(String detail) {
    return new ModelChangeRefused(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail));
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }
}
