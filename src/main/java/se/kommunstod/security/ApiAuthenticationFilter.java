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
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the application's own API and pages with the engine's users: HTTP Basic, or, for
 * reading, the session of someone logged in to Tasklist/Cockpit (so the dashboard needs no second
 * login). Writes need Basic credentials: a session cookie alone never changes anything, which keeps
 * cross-site requests harmless.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final String ENGINE_NAME = "default";

  private final IdentityService identityService;

  public ApiAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
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
    String userId = authenticate(request);
    if (userId == null) {
      if (BrowserLogin.isBrowserPageRequest(request)) {
        BrowserLogin.redirectToLogin(request, response);
      } else {
        refuse(response, !BrowserLogin.isScript(request));
      }
      return;
    }
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    List<String> tenants =
        identityService
            .createTenantQuery()
            .userMember(userId)
            .includingGroupsOfUser(true)
            .list()
            .stream()
            .map(Tenant::getId)
            .toList();
    identityService.setAuthentication(userId, groups, tenants);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private String authenticate(HttpServletRequest request) {
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
      return identityService.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
    }
    if (isSafe(request)) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        Authentication authentication =
            AuthenticationUtil.getAuthsFromSession(session)
                .getAuthenticationForProcessEngine(ENGINE_NAME);
        if (authentication != null) {
          return authentication.getIdentityId();
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
