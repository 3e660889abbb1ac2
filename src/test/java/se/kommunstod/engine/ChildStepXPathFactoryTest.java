package se.kommunstod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The child-step XPath answers exactly as the JDK's: on every mapping file of the engine, for every
 * question MyBatis asks of it, and on the cases around them (unions, absolute paths from an inner
 * node, prefixes, what it leaves to the JDK).
 */
class ChildStepXPathFactoryTest {

  private final XPath fast = new ChildStepXPathFactory().newXPath();
  private final XPath jdk = XPathFactory.newDefaultInstance().newXPath();

  @Test
  void answersAsTheJdkOnEveryMappingOfTheEngine() throws Exception {
    Document mappings = mybatisDom(resource("org/camunda/bpm/engine/impl/mapping/mappings.xml"));
    assertSame(mappings, "/configuration", "settings", "typeAliases", "mappers");
    NodeList mappers = (NodeList) jdk.evaluate("//mapper", mappings, XPathConstants.NODESET);
    assertThat(mappers.getLength()).isGreaterThan(40);
    int statements = 0;
    for (int i = 0; i < mappers.getLength(); i++) {
      String file = ((org.w3c.dom.Element) mappers.item(i)).getAttribute("resource");
      Document mapper = mybatisDom(resource(file));
      assertSame(
          mapper,
          "/mapper",
          "/mapper/cache-ref",
          "/mapper/cache",
          "/mapper/parameterMap",
          "/mapper/resultMap",
          "/mapper/sql",
          "select|insert|update|delete");
      Node root = (Node) jdk.evaluate("/mapper", mapper, XPathConstants.NODE);
      NodeList found =
          (NodeList) fast.evaluate("select|insert|update|delete", root, XPathConstants.NODESET);
      for (int s = 0; s < found.getLength(); s++, statements++) {
        // asked of every statement, and an absolute path from deep inside the document
        assertSame(found.item(s), "selectKey", "/mapper/sql", "include");
      }
    }
    assertThat(statements).as("the engine's statements").isGreaterThan(500);
  }

  @Test
  void keepsDocumentOrderAndTheFirstNodeAndLeavesTheRestToTheJdk() throws Exception {
    Document document =
        mybatisDom(
            "<mapper><update id='u1'/><select id='s1'><selectKey/></select><delete id='d1'/>"
                + "<select id='s2'/></mapper>");
    Node root = document.getDocumentElement();
    assertThat(ids(fast.evaluate("select|insert|update|delete", root, XPathConstants.NODESET)))
        .containsExactly("u1", "s1", "d1", "s2");
    assertThat(
            ((org.w3c.dom.Element) fast.evaluate("select", root, XPathConstants.NODE))
                .getAttribute("id"))
        .isEqualTo("s1");
    assertThat(fast.evaluate("missing", root, XPathConstants.NODE)).isNull();
    assertSame(root, "select", "/mapper/select", "mapper", "/select", "select/selectKey");
    // not child steps, or answered as a string: the JDK's answer
    assertThat(fast.evaluate("count(select)", root, XPathConstants.NUMBER)).isEqualTo(2.0);
    assertThat(fast.evaluate("select[2]/@id", root)).isEqualTo("s2");
    assertThat(ids(fast.evaluate("//selectKey/..", root, XPathConstants.NODESET)))
        .containsExactly("s1");
    // a name with a prefix: the JDK answers, whatever it makes of it
    Document prefixed = mybatisDom("<mapper><x:select id='p'/><select id='s'/></mapper>");
    assertSame(prefixed.getDocumentElement(), "select", "select|delete", "/mapper/select");
    assertThat(ChildStepXPathFactory.Path.parse("select/selectKey|update")).isNull();
    assertThat(ChildStepXPathFactory.Path.parse("a | b")).isNull();
    assertThat(ChildStepXPathFactory.Path.parse("/mapper/sql")).hasSize(1);
  }

  /** Both answer the same nodes (identity, in order), as a node set and as the first node. */
  private void assertSame(Node context, String... expressions) throws Exception {
    for (String expression : expressions) {
      NodeList expected = (NodeList) jdk.evaluate(expression, context, XPathConstants.NODESET);
      NodeList actual = (NodeList) fast.evaluate(expression, context, XPathConstants.NODESET);
      List<Node> want = new ArrayList<>();
      List<Node> got = new ArrayList<>();
      for (int i = 0; i < expected.getLength(); i++) {
        want.add(expected.item(i));
      }
      for (int i = 0; i < actual.getLength(); i++) {
        got.add(actual.item(i));
      }
      assertThat(got).as(expression).containsExactlyElementsOf(want);
      assertThat(fast.evaluate(expression, context, XPathConstants.NODE))
          .as(expression + " as a node")
          .isSameAs(jdk.evaluate(expression, context, XPathConstants.NODE));
    }
  }

  private static List<String> ids(Object nodes) {
    NodeList list = (NodeList) nodes;
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      ids.add(((org.w3c.dom.Element) list.item(i)).getAttribute("id"));
    }
    return ids;
  }

  private static String resource(String name) throws Exception {
    try (InputStream in =
        ChildStepXPathFactoryTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** A DOM built as MyBatis's XPathParser builds it (without fetching the DTD). */
  private static Document mybatisDom(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setIgnoringComments(true);
    factory.setIgnoringElementContentWhitespace(false);
    factory.setCoalescing(false);
    factory.setExpandEntityReferences(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    return builder.parse(new InputSource(new StringReader(xml)));
  }
}
