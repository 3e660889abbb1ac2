package se.kommunstod.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * What someone without a session meets on the application's own pages (dashboard, case pages,
 * reports): a browser that asks for a page is sent to the login page ({@value #LOGIN_PATH}) and
 * back again afterwards; an API client keeps getting 401. One login serves all: the login page logs
 * in to the Camunda webapps, and {@link ApiAuthenticationFilter} reads that session.
 */
public final class BrowserLogin {

  /** The login page (static/logga-in/). */
  public static final String LOGIN_PATH = "/logga-in";

  private BrowserLogin() {}

  /** A browser asking for a page: a GET or HEAD without credentials that accepts HTML. */
  public static boolean isBrowserPageRequest(HttpServletRequest request) {
    if (!HttpMethod.GET.matches(request.getMethod())
        && !HttpMethod.HEAD.matches(request.getMethod())) {
      return false;
    }
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || isScript(request)) {
      return false;
    }
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
  }

  /**
   * A request made by a page's script (fetch, XMLHttpRequest with the usual marker): it must not
   * get a Basic challenge, or the browser shows its own password dialog instead of the login page.
   */
  public static boolean isScript(HttpServletRequest request) {
    return "XMLHttpRequest".equalsIgnoreCase(request.getHeader("X-Requested-With"));
  }

  /** Sends the browser to the login page, with the page it asked for to return to. */
  public static void redirectToLogin(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    response.sendRedirect(
        request.getContextPath()
            + LOGIN_PATH
            + "?next="
            + URLEncoder.encode(target, StandardCharsets.UTF_8));
  }
}
