package se.kommunstod.process;

/**
 * A process variable: its name, the Java type the engine holds it as ({@code List} for checklists
 * and dynamic lists, {@code Number} for number fields) and where it comes from. The contracts
 * (`*Process`) declare what the forms submit and what the models name; a feature declares what its
 * own listeners leave for later steps ({@link #leftByCode}) and the keys of earlier form versions
 * it still reads ({@link #formerFormKey}). {@code api.ProcessInput} lets a task's listener read
 * only its own form's variables and these.
 */
public record Variable<T>(String name, Class<T> type, Origin origin) {

  /** Where a variable comes from. */
  public enum Origin {
    /** A form submits it or a model names it: it must be in the task's contract to be read. */
    CONTRACT,
    /** A listener leaves it for later steps of the same case, e.g. the id of the record written. */
    LEFT_BY_CODE,
    /**
     * The key of a field an earlier version of the form had: read so that cases still on that
     * version record what they submit. Remove it with the last such case (docs/migration.md).
     */
    FORMER_FORM_KEY
  }

  public Variable(String name, Class<T> type) {
    this(name, type, Origin.CONTRACT);
  }

  /** A value a listener leaves for later steps of the same case. */
  public static <T> Variable<T> leftByCode(String name, Class<T> type) {
    return new Variable<>(name, type, Origin.LEFT_BY_CODE);
  }

  /** A key of an earlier form version, still read for the cases on it. */
  public static <T> Variable<T> formerFormKey(String name, Class<T> type) {
    return new Variable<>(name, type, Origin.FORMER_FORM_KEY);
  }

  @Override
  public String toString() {
    return name;
  }
}
