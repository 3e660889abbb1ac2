package se.kommunstod.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the records API, served at /api-docs with a UI at /api-docs/ui.html.
 */
@Configuration
class OpenApiConfig {

  @Bean
  OpenAPI kommunstodOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Kommunstöd – API för stödärendenas uppgifter")
                .version("1")
                .description(
                    """
                Läs och skriv stödärendenas uppgifter: kommuner och områden, intresseanmälningar, lägesbilder, \
                prioriterade problem, aktivitetsplaner, samverkansmöten, insatser, indikatorer och erfarenheter. \
                Logga in med HTTP Basic (samma användare som i Tasklist). Du ser din egen kommuns uppgifter; Brå ser \
                alla. Fel besvaras som RFC 9457 problem details med `detail` på svenska och `detail_en` på engelska. \
                Fritext får aldrig innehålla personnummer eller andra uppgifter om enskilda.
                Records of the support cases; errors as RFC 9457 problem details (Swedish `detail`, English `detail_en`)."""))
        .components(
            new Components()
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
