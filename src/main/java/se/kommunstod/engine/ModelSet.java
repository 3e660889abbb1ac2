package se.kommunstod.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The application's models as one set: every BPMN and DMN file of {@code processes/} and every
 * Camunda Form of {@code forms/}, by stable resource name ("processes/support-case.bpmn"), with the
 * keys they define.
 *
 * <p>Why a set and not files: the models bind their forms, called processes and decisions with
 * {@code binding="deployment"}, so a version of one model only works beside the versions of the
 * others it was released with. {@link ModelDeployment} deploys a set whole or not at all, and
 * {@link ModelDeploymentGuard} refuses deployments that would split it.
 */
public final class ModelSet {

  /** The default location: the classpath root, where Maven puts processes/ and forms/. */
  public static final String CLASSPATH = "classpath*:";

  static final List<String> PATTERNS =
      List.of("processes/**/*.bpmn", "processes/**/*.dmn", "forms/**/*.form");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final XMLInputFactory XML = safeXmlInputFactory();

  private static XMLInputFactory safeXmlInputFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory;
  }

  private final String location;
  private final Map<String, byte[]> resources;
  private final Keys keys;

  private ModelSet(String location, Map<String, byte[]> resources) {
    this.location = location;
    this.resources = Collections.unmodifiableMap(resources);
    Keys all = Keys.NONE;
    for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
      all = all.plus(keysOf(resource.getKey(), resource.getValue()));
    }
    this.keys = all;
  }

  /**
   * Reads the set below a Spring resource location: {@value #CLASSPATH} (the app) or a folder such
   * as "file:/tmp/models/" that holds processes/ and forms/ (tests, tools).
   */
  public static ModelSet read(String location) {
    String root = location.endsWith("/") || location.endsWith(":") ? location : location + "/";
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Map<String, byte[]> found = new TreeMap<>();
    for (String pattern : PATTERNS) {
      try {
        for (Resource resource : resolver.getResources(root + pattern)) {
          try (InputStream in = resource.getInputStream()) {
            found.put(resourceName(resource), in.readAllBytes());
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read the models at " + root + pattern, e);
      }
    }
    return new ModelSet(location, found);
  }

  static ModelSet of(Map<String, byte[]> resources) {
    return new ModelSet("(given)", new TreeMap<>(resources));
  }

  /** "processes/x.bpmn" or "forms/y.form", the same from target/classes, the jar or a folder. */
  static String resourceName(Resource resource) {
    String url;
    try {
      url = resource.getURL().toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    int at = Math.max(url.lastIndexOf("/processes/"), url.lastIndexOf("/forms/"));
    return url.substring(at + 1);
  }

  public String location() {
    return location;
  }

  public boolean isEmpty() {
    return resources.isEmpty();
  }

  /** Resource name to content, sorted by name. */
  public Map<String, byte[]> resources() {
    return resources;
  }

  public Set<String> names() {
    return resources.keySet();
  }

  public Keys keys() {
    return keys;
  }

  /** What differs between this set and the resources of a deployment (name to content). */
  public Changes changesSince(Map<String, byte[]> deployed) {
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    resources.forEach(
        (name, content) -> {
          byte[] before = deployed.get(name);
          if (before == null) {
            added.add(name);
          } else if (Arrays.equals(before, content)) {
            unchanged.add(name);
          } else {
            changed.add(name);
          }
        });
    List<String> removed =
        deployed.keySet().stream().filter(name -> !resources.containsKey(name)).sorted().toList();
    return new Changes(added, changed, removed, unchanged);
  }

  /**
   * The keys one resource defines, by its name's ending: executable processes, decisions, the
   * form's id.
   *
   * <p>Read with a streaming XML reader rather than Camunda's model API: the model API validates
   * against the BPMN/DMN schemas and costs seconds at every start for what are a few attributes;
   * the engine's own parser validates the models when they are deployed.
   */
  public static Keys keysOf(String resourceName, byte[] content) {
    String name = resourceName.toLowerCase(java.util.Locale.ROOT);
    try {
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        return new Keys(idsOf(content, "process", true), Set.of(), Set.of());
      }
      if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
        return new Keys(Set.of(), idsOf(content, "decision", false), Set.of());
      }
      if (name.endsWith(".form")) {
        JsonNode id = JSON.readTree(content).get("id");
        return new Keys(Set.of(), Set.of(), id == null ? Set.of() : Set.of(id.asText()));
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      // not parseable: the engine's own deployers will refuse it with their message
      return Keys.NONE;
    }
    return Keys.NONE;
  }

  /** The ids of the document's elements of that local name (only executable ones if asked). */
  private static Set<String> idsOf(byte[] content, String element, boolean executableOnly)
      throws XMLStreamException {
    Set<String> ids = new TreeSet<>();
    XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(content));
    try {
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT
            && element.equals(reader.getLocalName())) {
          String id = reader.getAttributeValue(null, "id");
          boolean executable = "true".equals(reader.getAttributeValue(null, "isExecutable"));
          if (id != null && (executable || !executableOnly)) {
            ids.add(id);
          }
        }
      }
    } finally {
      reader.close();
    }
    return ids;
  }

  /** Process definition keys, decision keys and form ids. */
  public record Keys(Set<String> processes, Set<String> decisions, Set<String> forms) {

    static final Keys NONE = new Keys(Set.of(), Set.of(), Set.of());

    Keys plus(Keys other) {
      return new Keys(
          union(processes, other.processes),
          union(decisions, other.decisions),
          union(forms, other.forms));
    }

    public boolean isEmpty() {
      return processes.isEmpty() && decisions.isEmpty() && forms.isEmpty();
    }

    /** The keys of this set that are also in the other. */
    public Keys shared(Keys other) {
      return new Keys(
          intersection(processes, other.processes),
          intersection(decisions, other.decisions),
          intersection(forms, other.forms));
    }

    /** The keys of this set that the other lacks. */
    public Keys missingFrom(Keys other) {
      return new Keys(
          difference(processes, other.processes),
          difference(decisions, other.decisions),
          difference(forms, other.forms));
    }

    /**
     * "process supportCase, decision suggestMethod, form kick-off" — for log lines and messages.
     */
    public String describe() {
      List<String> parts = new ArrayList<>();
      processes.forEach(key -> parts.add("process " + key));
      decisions.forEach(key -> parts.add("decision " + key));
      forms.forEach(key -> parts.add("form " + key));
      return String.join(", ", parts);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
      Set<String> all = new TreeSet<>(a);
      all.addAll(b);
      return Collections.unmodifiableSet(all);
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
      Set<String> both = new TreeSet<>(a);
      both.retainAll(b);
      return Collections.unmodifiableSet(both);
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
      Set<String> rest = new TreeSet<>(a);
      rest.removeAll(b);
      return Collections.unmodifiableSet(rest);
    }
  }

  /** The outcome of comparing the set with the last deployed one, by resource name. */
  public record Changes(
      List<String> added, List<String> changed, List<String> removed, List<String> unchanged) {

    public boolean any() {
      return !added.isEmpty() || !changed.isEmpty() || !removed.isEmpty();
    }

    /** "changed: [...], added: [...], removed: [...]", leaving out what is empty. */
    public String describe() {
      Map<String, List<String>> parts = new LinkedHashMap<>();
      parts.put("changed", changed);
      parts.put("added", added);
      parts.put("removed", removed);
      List<String> text = new ArrayList<>();
      parts.forEach(
          (what, names) -> {
            if (!names.isEmpty()) {
              text.add(what + ": " + names);
            }
          });
      return text.isEmpty() ? "nothing changed" : String.join(", ", text);
    }
  }
}
