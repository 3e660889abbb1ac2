package se.kommunstod.engine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's model set, read once at start from {@code kommunstod.models.location} (the
 * classpath, where the build puts processes/ and forms/). A bean of its own, independent of the
 * engine, because the engine's {@link ModelDeploymentGuard} needs the set's keys before the engine
 * exists.
 */
@Configuration
class ModelSetConfiguration {

  @Bean
  ModelSet modelSet(
      @Value("${kommunstod.models.location:" + ModelSet.CLASSPATH + "}") String location) {
    return ModelSet.read(location);
  }
}
