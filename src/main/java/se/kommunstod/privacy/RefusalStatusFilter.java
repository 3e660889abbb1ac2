package se.kommunstod.privacy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A text refused by the guard is the caller's input, whichever engine REST resource received it.
 * Many of Camunda's resources wrap every engine exception into a 500 before any exception mapper
 * sees it (starting a process, setting a variable, correlating a message, saving a user), so the
 * answer is corrected where it leaves: a 500 whose message is one of the guard's refusals becomes
 * 400, the body (Camunda's error with the refusal's Swedish and English message) unchanged.
 */
class RefusalStatusFilter extends OncePerRequestFilter {

  private static final String[] REFUSALS = {
    PersonalDataRefusal.MESSAGE_EN, UnsafeTextRefusal.MESSAGE_EN
  };

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, buffered);
      if (buffered.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
          && isRefusal(buffered)) {
        buffered.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      }
    } finally {
      buffered.copyBodyToResponse();
    }
  }

  private static boolean isRefusal(ContentCachingResponseWrapper response) {
    String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    for (String refusal : REFUSALS) {
      // Camunda's JSON escapes nothing in these ASCII-only English messages
      if (body.contains(refusal.substring(0, 60))) {
        return true;
      }
    }
    return false;
  }
}
