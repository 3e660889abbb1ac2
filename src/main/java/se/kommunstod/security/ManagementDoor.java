package se.kommunstod.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The management endpoints on the application's public port: health (for probes and load balancers)
 * stays open, everything else — the Prometheus metrics with per-municipality gauges, info — needs
 * an administrator's HTTP Basic credentials. Monitoring scrapes the separate management port
 * instead ({@code MANAGEMENT_SERVER_PORT}, 8081 in docker/), which is not published outside the
 * compose network; this filter belongs to the main server only and does not apply there.
 */
class ManagementDoor extends OncePerRequestFilter {

  private final IdentityService identityService;

  ManagementDoor(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/actuator/health") || path.startsWith("/actuator/health/")) {
      chain.doFilter(request, response);
      return;
    }
    String user = basicUser(request);
    if (user == null) {
      answer(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "Inloggning krävs / Authentication required.");
      return;
    }
    if (identityService.createUserQuery().userId(user).memberOfGroup(Role.ADMIN_GROUP).count()
        == 0) {
      answer(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "Bara administratörer / Administrators only: monitoring reads the management port.");
      return;
    }
    chain.doFilter(request, response);
  }

  private String basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      String user = decoded.substring(0, colon);
      return identityService.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void answer(HttpServletResponse response, int status, String detail)
      throws IOException {
    response.setStatus(status);
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Kommunstöd\", charset=\"UTF-8\"");
    }
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
  }
}
