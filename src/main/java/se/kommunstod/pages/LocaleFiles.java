package se.kommunstod.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Relative times ("för 3 minuter sedan") always in Swedish for a Swedish browser.
 *
 * <p>The webapps load the preferred locale file (sv.json) and the fallback (en.json) at the same
 * time, and each file's {@code dateLocales}, once loaded, makes its language moment.js's global
 * locale: when en.json arrived last (about one login in eight), dates and relative times were
 * English. This serves Camunda's own en.json without {@code dateLocales}, so only sv.json sets
 * moment's locale; an English browser keeps moment's built-in English.
 */
@Configuration
class LocaleFiles {

  @Bean
  FilterRegistrationBean<EnglishWithoutDateLocale> englishLocaleFiles(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    FilterRegistrationBean<EnglishWithoutDateLocale> registration =
        new FilterRegistrationBean<>(new EnglishWithoutDateLocale(applicationPath));
    registration.setName("english-locale-without-date-locale");
    registration.addUrlPatterns(applicationPath + "/app/*");
    return registration;
  }

  static class EnglishWithoutDateLocale extends OncePerRequestFilter {

    private static final String WEBJAR =
        "META-INF/resources/webjars/camunda/app/%s/locales/en.json";

    private final Pattern path;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    EnglishWithoutDateLocale(String applicationPath) {
      this.path =
          Pattern.compile(
              Pattern.quote(applicationPath) + "/app/(tasklist|cockpit|admin)/locales/en\\.json");
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Matcher matcher =
          path.matcher(request.getRequestURI().substring(request.getContextPath().length()));
      byte[] file =
          matcher.matches() && "GET".equals(request.getMethod()) ? file(matcher.group(1)) : null;
      if (file == null) {
        chain.doFilter(request, response);
        return;
      }
      response.setContentType("application/json;charset=UTF-8");
      response.setContentLength(file.length);
      response.getOutputStream().write(file);
    }

    private byte[] file(String app) {
      return files.computeIfAbsent(
          app,
          a -> {
            try (InputStream in =
                getClass().getClassLoader().getResourceAsStream(WEBJAR.formatted(a))) {
              if (in == null) {
                return null;
              }
              ObjectNode locale = (ObjectNode) json.readTree(in);
              locale.remove("dateLocales");
              return json.writeValueAsBytes(locale);
            } catch (IOException e) {
              return null;
            }
          });
    }
  }
}
