package se.kommunstod.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser security headers on every answer of the product: nosniff (no content-type guessing), no
 * framing (clickjacking), no referrer to other sites, and a Content-Security-Policy that only
 * allows the app's own scripts (the dashboard, the report and the API documentation have no inline
 * script; the report has inline style).
 *
 * <p>The Camunda webapps ({@code /camunda/**}) keep the policy Camunda's own header filter sets
 * ({@code camunda.bpm.webapp.header-security}, on by default: a nonce-based script policy with the
 * 'unsafe-eval' the AngularJS apps need, and frame-ancestors 'none'): a second, stricter policy
 * would break them.
 */
class SecurityHeaders extends OncePerRequestFilter {

  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
      response.setHeader("Content-Security-Policy", POLICY);
    }
    chain.doFilter(request, response);
  }
}
