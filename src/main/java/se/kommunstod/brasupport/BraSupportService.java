package se.kommunstod.brasupport;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InputValidation;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.api.RecordNotFoundException;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.municipality.MunicipalityNames;

/** Brå's own support to the municipalities: the only writer of {@link BraSupport}. */
@Service
@Transactional
public class BraSupportService {

  private final BraSupportRepository records;
  private final MunicipalityNames municipalities;
  private final InputValidation validation;

  public BraSupportService(
      BraSupportRepository records, MunicipalityNames municipalities, InputValidation validation) {
    this.records = records;
    this.municipalities = municipalities;
    this.validation = validation;
  }

  public BraSupport record(String municipalityCode, BraSupportInput input, String by) {
    validation.check(input);
    if (!municipalities.byCode().containsKey(municipalityCode)) {
      throw new RecordNotFoundException("ingen kommun", "municipality", municipalityCode);
    }
    if (input.givenOn().isAfter(EngineTime.today())) {
      throw new InvalidInputException(
          "givenOn",
          "Stöd kan bara registreras när det har getts: datumet ligger i framtiden.",
          "Support can only be recorded once given: the date is in the future.");
    }
    return records.save(new BraSupport(municipalityCode, input, EngineTime.now(), by));
  }

  /**
   * Every municipality's support (codes null) or the given municipalities', by municipality and
   * date.
   */
  @Transactional(readOnly = true)
  public List<BraSupport> list(java.util.Collection<String> municipalityCodes) {
    return records.findAllByOrderByMunicipalityCodeAscGivenOnAscIdAsc().stream()
        .filter(
            s -> municipalityCodes == null || municipalityCodes.contains(s.getMunicipalityCode()))
        .toList();
  }
}
