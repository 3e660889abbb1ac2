package se.kommunstod.privacy;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@link RefusalStatusFilter} on both engine APIs: /engine-rest and the webapps' own. */
@Configuration
class RefusalStatusConfiguration {

  @Bean
  FilterRegistrationBean<RefusalStatusFilter> refusalStatusFilter() {
    FilterRegistrationBean<RefusalStatusFilter> registration =
        new FilterRegistrationBean<>(new RefusalStatusFilter());
    registration.setName("refusal-status");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    return registration;
  }
}
