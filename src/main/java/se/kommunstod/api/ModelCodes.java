package se.kommunstod.api;

import java.util.Locale;

/**
 * The models and forms name enumeration values by codes ({@code gang-recruitment}); Java and the
 * API by constant names ({@code GANG_RECRUITMENT}). One mapping for every such enumeration.
 */
public final class ModelCodes {

  private ModelCodes() {}

  /** The code used by the models and forms, e.g. {@code gang-recruitment}. */
  public static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant for a model code or a constant name, in any case; null if there is none. */
  public static <E extends Enum<E>> E find(Class<E> type, String code) {
    if (code == null) {
      return null;
    }
    String normalised = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(normalised)) {
        return constant;
      }
    }
    return null;
  }
}
