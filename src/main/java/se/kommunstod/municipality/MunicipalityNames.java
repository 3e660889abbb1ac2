package se.kommunstod.municipality;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The municipalities' names by code, for pages and exports that show names instead of codes. */
@Component
public class MunicipalityNames {

  private final MunicipalityRepository municipalities;

  MunicipalityNames(MunicipalityRepository municipalities) {
    this.municipalities = municipalities;
  }

  @Transactional(readOnly = true)
  public Map<String, String> byCode() {
    return municipalities.findAll().stream()
        .collect(Collectors.toMap(Municipality::getCode, Municipality::getName));
  }
}
