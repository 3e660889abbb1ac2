package se.kommunstod.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Security headers on every answer and the door to the management endpoints (issue 20). */
@Configuration
class WebSecurity {

  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeadersFilter() {
    FilterRegistrationBean<SecurityHeaders> registration =
        new FilterRegistrationBean<>(new SecurityHeaders());
    registration.setName("security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineRestInput> engineRestInputFilter() {
    FilterRegistrationBean<EngineRestInput> registration =
        new FilterRegistrationBean<>(new EngineRestInput());
    registration.setName("engine-rest-input");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ManagementDoor> managementDoorFilter(IdentityService identityService) {
    FilterRegistrationBean<ManagementDoor> registration =
        new FilterRegistrationBean<>(new ManagementDoor(identityService));
    registration.setName("management-door");
    registration.addUrlPatterns("/actuator/*");
    return registration;
  }
}
