package nl.resourcegroepen.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist fills a Camunda Form from the task's form variables. For forms edited over time, this adds
 * the values entered earlier (from the care record) to the engine's answer, so a coordinator continues
 * the plan instead of re-typing it, while the content never becomes a process variable. Only successful
 * answers are enriched: the engine has already checked that the user may see the task.
 */
@Configuration
class FormVariablesPrefillFilter {

  private static final Pattern FORM_VARIABLES =
      Pattern.compile("^/(?:engine-rest|camunda/api/engine/engine/[^/]+)/task/([^/]+)/form-variables$");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> formVariablesPrefill(FormPrefill prefill, ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(prefill, json));
    registration.setUrlPatterns(List.of("/engine-rest/task/*", "/camunda/api/engine/*"));
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 50);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {
    private final FormPrefill prefill;
    private final ObjectMapper json;

    Filter(FormPrefill prefill, ObjectMapper json) {
      this.prefill = prefill;
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"GET".equals(request.getMethod()) || !FORM_VARIABLES.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, wrapper);
      byte[] body = wrapper.getContentAsByteArray();
      Matcher matcher = FORM_VARIABLES.matcher(path(request));
      if (wrapper.getStatus() == 200 && matcher.matches() && body.length > 0) {
        JsonNode variables = json.readTree(body);
        if (variables instanceof ObjectNode object) {
          add(object, prefill.earlierValues(matcher.group(1)));
          body = json.writeValueAsBytes(object);
          wrapper.resetBuffer();
          wrapper.setContentLength(body.length);
          wrapper.getOutputStream().write(body);
        }
      }
      wrapper.copyBodyToResponse();
    }

    /** Engine variable format: what the engine already has (routing flags) wins. */
    private void add(ObjectNode variables, Map<String, Object> earlier) throws IOException {
      for (Map.Entry<String, Object> entry : earlier.entrySet()) {
        JsonNode existing = variables.get(entry.getKey());
        if (existing != null && !existing.path("value").isNull()) {
          continue;
        }
        Object value = entry.getValue();
        ObjectNode variable = variables.putObject(entry.getKey());
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
          variable.put("type", "Json");
          variable.put("value", json.writeValueAsString(value));
        } else if (value instanceof Boolean b) {
          variable.put("type", "Boolean");
          variable.put("value", b);
        } else if (value instanceof Integer || value instanceof Long) {
          variable.put("type", "Long");
          variable.put("value", ((Number) value).longValue());
        } else if (value instanceof Number n) {
          variable.put("type", "Double");
          variable.put("value", n.doubleValue());
        } else {
          variable.put("type", "String");
          variable.put("value", String.valueOf(value));
        }
        variable.putObject("valueInfo");
      }
    }

    private static String path(HttpServletRequest request) {
      return request.getRequestURI().substring(request.getContextPath().length());
    }
  }
}
