package nl.resourcegroepen.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.resourcegroepen.team.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import java.util.Collections;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every page and endpoint requires login. People log in once (form login, Dutch page) and are then
 * known to our pages, to Camunda Tasklist/Cockpit/Admin and to the engine REST API, which take the
 * logged-in user from the container; API clients may use HTTP Basic. Unauthenticated API calls get 401
 * with a problem-detail body; pages redirect to the login page.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

  private static final RequestMatcher API = new OrRequestMatcher(
      new AntPathRequestMatcher("/api/**"),
      new AntPathRequestMatcher("/engine-rest/**"),
      new AntPathRequestMatcher("/camunda/api/**"));

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    http
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/login", "/login.html", "/css/**", "/favicon.ico", "/error").permitAll()
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").loginProcessingUrl("/login")
            .successHandler(landingPage()).failureUrl("/login?fout").permitAll())
        .httpBasic(basic -> basic.authenticationEntryPoint(problemEntryPoint()))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?afgemeld"))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint()))
        // The Camunda webapps and engine REST API have their own CSRF protection; API clients that
        // authenticate per request (HTTP Basic) carry no ambient session.
        .csrf(csrf -> csrf
            .csrfTokenRepository(csrfTokenRepository())
            .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
            .ignoringRequestMatchers(new AntPathRequestMatcher("/camunda/**"),
                new AntPathRequestMatcher("/engine-rest/**"),
                new RequestHeaderRequestMatcher("Authorization")))
        .addFilterAfter(new CsrfCookieFilter(), org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
        .headers(headers -> headers.frameOptions(f -> f.sameOrigin()))
        .securityContext(Customizer.withDefaults());
    return http.build();
  }

  /**
   * After login each user lands where their work is: managers on the overview, implementation leads on
   * the processes, everybody else on their tasks; a page asked for before login wins.
   */
  private static AuthenticationSuccessHandler landingPage() {
    SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
      @Override
      protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
          Authentication authentication) {
        if (GroupAuthorities.has(authentication, Roles.MANAGER)) {
          return "/dashboard.html";
        }
        return GroupAuthorities.has(authentication, Roles.IMPLEMENTATION_LEAD) ? "/modellen" : "/inbox";
      }
    };
    return handler;
  }

  /** Own cookie and header names: Camunda's webapps use XSRF-TOKEN for their own CSRF protection. */
  private static CookieCsrfTokenRepository csrfTokenRepository() {
    CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
    repository.setCookieName("RG-XSRF-TOKEN");
    repository.setHeaderName("X-RG-XSRF-TOKEN");
    repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    return repository;
  }

  private AuthenticationEntryPoint entryPoint() {
    var entryPoints = new java.util.LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
    entryPoints.put(API, problemEntryPoint());
    DelegatingAuthenticationEntryPoint delegating = new DelegatingAuthenticationEntryPoint(entryPoints);
    delegating.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
    return delegating;
  }

  private static AuthenticationEntryPoint problemEntryPoint() {
    return (request, response, exception) -> {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"resourcegroepen\"");
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
          + "\"detail\":\"Log eerst in\",\"instance\":\"" + request.getRequestURI().replace("\"", "") + "\"}");
    };
  }

  /** Camunda Tasklist, Cockpit and Admin take the user that Spring Security logged in. */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(Collections.singletonMap("authentication-provider",
        "org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider"));
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
    return registration;
  }

  /** The engine REST API knows the user too, so the engine's authorizations apply to every call. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setInitParameters(Collections.singletonMap("authentication-provider",
        ContainerBasedAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
    return registration;
  }
}
