package se.kommunstod.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Engine REST requests that set one variable must carry the variable: Camunda reads an empty body
 * as no value and fails with a NullPointerException (500, the Java class name in the answer).
 * Refused here with 400 and a message before Camunda sees them; nothing changes.
 */
class EngineRestInput extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean write = "PUT".equals(request.getMethod()) || "POST".equals(request.getMethod());
    String path = request.getRequestURI();
    boolean oneVariable =
        (path.contains("/variables/") || path.contains("/localVariables/"))
            && !path.endsWith("/data");
    boolean noBody =
        request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
    if (write && oneVariable && noBody) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"InvalidRequest\",\"message\":\"Värdet saknas: skicka variabeln som "
                  + "JSON, t.ex. {\\\"value\\\":\\\"text\\\",\\\"type\\\":\\\"String\\\"}. Inget har ändrats. / The value is "
                  + "missing: send the variable as JSON. Nothing was changed.\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
