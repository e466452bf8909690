package nl.resourcegroepen.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request to our API is larger than {@code resourcegroepen.api.max-request-bytes} (default 1 MB: a
 * whole plan at its longest fits several times): a larger one gets 413 with a Dutch problem detail before
 * anything is read, also when it comes without a length (chunked), so nothing of it is stored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

  static final String TOO_LARGE = "Het verzoek is te groot; er is niets opgeslagen. Verstuur minder tekst tegelijk.";

  /** Thrown while reading a body without a length that turns out too large; answered as 413. */
  static class TooLarge extends IOException {
    TooLarge() {
      super(TOO_LARGE);
    }
  }

  private final long max;

  RequestSizeLimit(@Value("${resourcegroepen.api.max-request-bytes:1048576}") long max) {
    this.max = max;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    if (length > max) {
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
          + "\"detail\":\"" + TOO_LARGE + "\"}");
      return;
    }
    chain.doFilter(length < 0 ? new Limited(request, max) : request, response);
  }

  /** A request whose body stops with {@link TooLarge} after the limit. */
  private static final class Limited extends HttpServletRequestWrapper {

    private final long max;
    private ServletInputStream limited;

    Limited(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (limited == null) {
        limited = new Counting(super.getInputStream(), max);
      }
      return limited;
    }
  }

  private static final class Counting extends ServletInputStream {

    private final ServletInputStream in;
    private final long max;
    private long read;

    Counting(ServletInputStream in, long max) {
      this.in = in;
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > max) {
        throw new TooLarge();
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
