package se.kommunstod.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.property.AuthenticationProperties;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every door of the application's own: the records API, the dashboard and the case pages. */
@Configuration
class ApiSecurity {

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(
      IdentityService identityService, CamundaBpmProperties camunda) {
    // the same time-to-live as Tasklist's for a session's groups and tenants
    AuthenticationProperties.CacheProperties cache = camunda.getWebapp().getAuth().getCache();
    long sessionCacheMillis = cache.isTtlEnabled() ? cache.getTimeToLive() : 0;
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(
            new ApiAuthenticationFilter(identityService, sessionCacheMillis));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*", "/dashboard", "/dashboard/*", "/arenden", "/arenden/*");
    return registration;
  }
}
