package se.kommunstod.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import javax.xml.xpath.XPathFactoryConfigurationException;
import javax.xml.xpath.XPathFunctionResolver;
import javax.xml.xpath.XPathVariableResolver;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The JDK's XPath, except that paths of child steps by name ({@code selectKey}, {@code
 * /mapper/resultMap}, {@code select|insert|update|delete}) asked for a node or a node set are
 * answered by walking the DOM's children. Those are all MyBatis asks while it reads the engine's 55
 * mapping files (1,760 statements) at every start, and the JDK's implementation builds its own
 * model of the document for each question, up to the node asked about, so the statements near the
 * end of a large mapping cost the most. In a fresh JVM MyBatis read the mappings in 2.6 s instead
 * of 3.5 s (1.9 s of CPU instead of 2.8 s; README, start-up).
 *
 * <p>Installed for the whole JVM by {@link Installer} before the engine is built (MyBatis takes
 * {@link XPathFactory#newInstance()}); anything else, and any document whose element names have a
 * prefix, goes to the JDK's own implementation, so every other user of XPath gets its answers
 * unchanged.
 */
public final class ChildStepXPathFactory extends XPathFactory {

  /** The JAXP property that names the factory for DOM ({@link XPathFactory#newInstance()}). */
  static final String PROPERTY =
      XPathFactory.DEFAULT_PROPERTY_NAME + ":" + XPathFactory.DEFAULT_OBJECT_MODEL_URI;

  private static final Pattern CHILD_STEPS =
      Pattern.compile("/?[A-Za-z_][\\w.-]*(/[A-Za-z_][\\w.-]*)*");

  private final XPathFactory jdk = XPathFactory.newDefaultInstance();

  /** Makes this the JVM's XPath for DOM unless one is configured already. */
  public static void install() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, ChildStepXPathFactory.class.getName());
    }
  }

  @Override
  public boolean isObjectModelSupported(String objectModel) {
    return DEFAULT_OBJECT_MODEL_URI.equals(objectModel);
  }

  @Override
  public void setFeature(String name, boolean value) throws XPathFactoryConfigurationException {
    jdk.setFeature(name, value);
  }

  @Override
  public boolean getFeature(String name) throws XPathFactoryConfigurationException {
    return jdk.getFeature(name);
  }

  @Override
  public void setXPathVariableResolver(XPathVariableResolver resolver) {
    jdk.setXPathVariableResolver(resolver);
  }

  @Override
  public void setXPathFunctionResolver(XPathFunctionResolver resolver) {
    jdk.setXPathFunctionResolver(resolver);
  }

  @Override
  public XPath newXPath() {
    return new ChildStepXPath(jdk.newXPath());
  }

  /** A path of child steps as the alternatives of a union: each alternative's names, in order. */
  record Path(boolean absolute, List<String> names) {

    /** The alternatives, or null when the expression is not a union of child-step paths. */
    static List<Path> parse(String expression) {
      List<Path> alternatives = new ArrayList<>();
      for (String alternative : expression.split("\\|", -1)) {
        if (!CHILD_STEPS.matcher(alternative).matches()) {
          return null;
        }
        boolean absolute = alternative.startsWith("/");
        alternatives.add(
            new Path(
                absolute, List.of((absolute ? alternative.substring(1) : alternative).split("/"))));
      }
      // one pass over one node's children keeps a union in document order; longer unions go to the
      // JDK
      boolean singleSteps = alternatives.stream().allMatch(path -> path.names().size() == 1);
      boolean sameStart = alternatives.stream().map(Path::absolute).distinct().count() == 1;
      return alternatives.size() == 1 || (singleSteps && sameStart) ? alternatives : null;
    }
  }

  private static final class ChildStepXPath implements XPath {

    private final XPath jdk;

    ChildStepXPath(XPath jdk) {
      this.jdk = jdk;
    }

    @Override
    public Object evaluate(String expression, Object item, QName returnType)
        throws XPathExpressionException {
      boolean nodes = XPathConstants.NODESET.equals(returnType);
      if ((nodes || XPathConstants.NODE.equals(returnType)) && item instanceof Node context) {
        List<Path> paths = Path.parse(expression);
        List<Node> found = paths == null ? null : select(context, paths, !nodes);
        if (found != null) {
          return nodes ? new Nodes(found) : (found.isEmpty() ? null : found.get(0));
        }
      }
      return jdk.evaluate(expression, item, returnType);
    }

    /** The matching elements in document order, or null when the JDK has to answer. */
    private static List<Node> select(Node context, List<Path> paths, boolean firstOnly) {
      Node start =
          paths.get(0).absolute() && context.getNodeType() != Node.DOCUMENT_NODE
              ? context.getOwnerDocument()
              : context;
      if (start == null) {
        return null;
      }
      if (paths.size() > 1) {
        return children(start, paths.stream().map(path -> path.names().get(0)).toList(), firstOnly);
      }
      List<Node> current = List.of(start);
      List<String> names = paths.get(0).names();
      for (int step = 0; step < names.size(); step++) {
        boolean last = step == names.size() - 1;
        List<Node> next = new ArrayList<>();
        for (Node node : current) {
          List<Node> children = children(node, List.of(names.get(step)), firstOnly && last);
          if (children == null) {
            return null;
          }
          next.addAll(children);
          if (firstOnly && last && !next.isEmpty()) {
            break;
          }
        }
        current = next;
      }
      return current;
    }

    /** The element children with one of the names, or null when a child's name has a prefix. */
    private static List<Node> children(Node parent, List<String> names, boolean firstOnly) {
      List<Node> matches = new ArrayList<>();
      for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child.getNodeType() == Node.ENTITY_REFERENCE_NODE) {
          return null;
        }
        if (child instanceof Element element) {
          String name =
              element.getLocalName() != null ? element.getLocalName() : element.getNodeName();
          if (element.getNodeName().indexOf(':') >= 0) {
            return null;
          }
          if (element.getNamespaceURI() == null && names.contains(name)) {
            matches.add(element);
            if (firstOnly) {
              return matches;
            }
          }
        }
      }
      return matches;
    }

    @Override
    public String evaluate(String expression, Object item) throws XPathExpressionException {
      return jdk.evaluate(expression, item);
    }

    @Override
    public Object evaluate(String expression, InputSource source, QName returnType)
        throws XPathExpressionException {
      return jdk.evaluate(expression, source, returnType);
    }

    @Override
    public String evaluate(String expression, InputSource source) throws XPathExpressionException {
      return jdk.evaluate(expression, source);
    }

    @Override
    public XPathExpression compile(String expression) throws XPathExpressionException {
      return jdk.compile(expression);
    }

    @Override
    public void reset() {
      jdk.reset();
    }

    @Override
    public void setXPathVariableResolver(XPathVariableResolver resolver) {
      jdk.setXPathVariableResolver(resolver);
    }

    @Override
    public XPathVariableResolver getXPathVariableResolver() {
      return jdk.getXPathVariableResolver();
    }

    @Override
    public void setXPathFunctionResolver(XPathFunctionResolver resolver) {
      jdk.setXPathFunctionResolver(resolver);
    }

    @Override
    public XPathFunctionResolver getXPathFunctionResolver() {
      return jdk.getXPathFunctionResolver();
    }

    @Override
    public void setNamespaceContext(NamespaceContext context) {
      jdk.setNamespaceContext(context);
    }

    @Override
    public NamespaceContext getNamespaceContext() {
      return jdk.getNamespaceContext();
    }
  }

  private record Nodes(List<Node> nodes) implements NodeList {

    @Override
    public Node item(int index) {
      return index >= 0 && index < nodes.size() ? nodes.get(index) : null;
    }

    @Override
    public int getLength() {
      return nodes.size();
    }
  }

  /** Installs the factory before the engine reads its mappings (plugins' first step). */
  @Component
  public static class Installer extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      install();
    }
  }
}
