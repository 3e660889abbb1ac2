package se.kommunstod.privacy;

import java.util.regex.Pattern;

/**
 * Values that must not be stored because nothing could read them again (see {@link
 * UnreadableValueRefusal}); checked with the personal data guard, where the engine writes.
 */
final class ReadableValues {

  /**
   * Below Jackson's own limit (1000), so whatever is stored can be read by Spin and the REST API.
   */
  static final int MAX_JSON_DEPTH = 500;

  private static final Pattern TYPE_NAME_PARTS = Pattern.compile("[<>,\\[\\]\\s]+");
  private static final String[] ALLOWED_PACKAGES = {
    "java.lang.", "java.util.", "java.time.", "java.math.", "se.kommunstod."
  };

  private ReadableValues() {}

  /**
   * An object variable's type (serialized with JSON, say) must be Java's basic types or the
   * product's own.
   */
  static void checkObjectType(String name, String serializerName, String objectTypeName) {
    if (serializerName == null || objectTypeName == null || !isObjectSerializer(serializerName)) {
      return;
    }
    for (String part : TYPE_NAME_PARTS.split(objectTypeName)) {
      if (part.isEmpty() || isPrimitive(part)) {
        continue;
      }
      boolean allowed = false;
      for (String prefix : ALLOWED_PACKAGES) {
        allowed |= part.startsWith(prefix);
      }
      if (!allowed) {
        throw new UnreadableValueRefusal(
            "Variabeln/variable " + name,
            "Objekt av typen '" + part + "' kan inte sparas; använd text, tal, listor eller JSON.",
            "Objects of type '" + part + "' cannot be stored; use text, numbers, lists or JSON.");
      }
    }
  }

  private static boolean isObjectSerializer(String serializerName) {
    return serializerName.startsWith("spin://") || serializerName.equals("serializable");
  }

  private static boolean isPrimitive(String part) {
    return switch (part) {
      case "boolean", "byte", "char", "short", "int", "long", "float", "double" -> true;
      default -> false;
    };
  }

  /**
   * JSON (or any text) whose brackets nest deeper than {@link #MAX_JSON_DEPTH}, outside strings.
   */
  static void checkJsonDepth(String name, byte[] bytes) {
    if (bytes == null || bytes.length < MAX_JSON_DEPTH) {
      return;
    }
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    for (byte b : bytes) {
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '[' || b == '{') {
        if (++depth > MAX_JSON_DEPTH) {
          throw new UnreadableValueRefusal(
              "Värdet/value " + name,
              "JSON-värdet är nästlat djupare än " + MAX_JSON_DEPTH + " nivåer.",
              "The JSON value is nested deeper than " + MAX_JSON_DEPTH + " levels.");
        }
      } else if (b == ']' || b == '}') {
        depth = Math.max(0, depth - 1);
      }
    }
  }
}
