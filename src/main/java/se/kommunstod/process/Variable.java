package se.kommunstod.process;

/**
 * A process variable as a model's form submits it: its name and the Java type the engine holds it
 * as ({@code List} for checklists and dynamic lists, {@code Number} for number fields).
 */
public record Variable<T>(String name, Class<T> type) {

  @Override
  public String toString() {
    return name;
  }
}
