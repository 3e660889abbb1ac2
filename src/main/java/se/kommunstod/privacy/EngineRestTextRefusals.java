package se.kommunstod.privacy;

import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * {@link TextRefusalMapper} in the engine REST API (/engine-rest), registered explicitly as well.
 */
@Component
class EngineRestTextRefusals implements ResourceConfigCustomizer {

  @Override
  public void customize(ResourceConfig config) {
    config.register(TextRefusalMapper.class);
  }
}
