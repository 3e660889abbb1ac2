package se.kommunstod.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the application's own API and pages with the engine's users: HTTP Basic, or, for
 * reading, the session of someone logged in to Tasklist/Cockpit (so the dashboard needs no second
 * login). Writes need Basic credentials: a session cookie alone never changes anything, which keeps
 * cross-site requests harmless.
 *
 * <p>With a session, the person's groups and municipalities are those the session holds, refreshed
 * as Tasklist refreshes them ({@code camunda.bpm.webapp.auth.cache}, every 5 minutes by default):
 * the dashboard asks every 30 s, and two identity queries per request were most of what its summary
 * cost besides HTTP itself (issue 21). HTTP Basic checks the password and reads them every time.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final String ENGINE_NAME = "default";

  private final IdentityService identityService;
  private final long sessionCacheMillis;

  /**
   * @param sessionCacheMillis how long a session's groups and tenants hold before they are read
   *     again (the webapp's auth cache time-to-live); 0 or less: never read again, as the webapp
   */
  public ApiAuthenticationFilter(IdentityService identityService, long sessionCacheMillis) {
    this.identityService = identityService;
    this.sessionCacheMillis = sessionCacheMillis;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // The public export of released lessons (knowledge.PublicLessonController) is for
    // municipalities
    // outside the programme: reading /api/public/** needs no login. Only GET/HEAD, nothing else.
    if (isSafe(request)
        && request.getRequestURI().startsWith(request.getContextPath() + "/api/public/")) {
      chain.doFilter(request, response);
      return;
    }
    Memberships identity = authenticate(request);
    if (identity == null) {
      if (BrowserLogin.isBrowserPageRequest(request)) {
        BrowserLogin.redirectToLogin(request, response);
      } else {
        refuse(response, !BrowserLogin.isScript(request));
      }
      return;
    }
    identity.authenticate(identityService);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Memberships authenticate(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      String user = decoded.substring(0, colon);
      return identityService.checkPassword(user, decoded.substring(colon + 1))
          ? Memberships.of(identityService, user)
          : null;
    }
    if (isSafe(request)) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (sessionCacheMillis > 0) {
          // the webapp's own refresh: reads groups and tenants again when they are older than the
          // time-to-live, and drops the authentication of a user who no longer exists
          AuthenticationUtil.updateCache(authentications, session, sessionCacheMillis);
        }
        Authentication authentication =
            authentications.getAuthenticationForProcessEngine(ENGINE_NAME);
        if (authentication instanceof UserAuthentication user
            && user.getGroupIds() != null
            && user.getTenantIds() != null) {
          return new Memberships(
              user.getIdentityId(),
              List.copyOf(user.getGroupIds()),
              List.copyOf(user.getTenantIds()));
        }
        if (authentication != null) {
          return Memberships.of(identityService, authentication.getIdentityId());
        }
      }
    }
    return null;
  }

  private static boolean isSafe(HttpServletRequest request) {
    return HttpMethod.GET.matches(request.getMethod())
        || HttpMethod.HEAD.matches(request.getMethod());
  }

  private static void refuse(HttpServletResponse response, boolean challenge) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    if (challenge) {
      // HTTP headers are Latin-1 on the wire: the realm stays ASCII (charset names the credentials'
      // encoding)
      response.setHeader("WWW-Authenticate", "Basic realm=\"Kommunstod\", charset=\"UTF-8\"");
    }
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            """
        {"type":"about:blank","title":"Unauthorized","status":401,\
        "detail":"Inloggning krävs / Authentication required: log in to Tasklist or send HTTP Basic credentials."}""");
  }
}
