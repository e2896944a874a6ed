package org.meridianshop.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The demo's product pictures: well-formed, self-contained SVG whatever the product is called. */
class DemoProductPictureTest {

  @Test
  void namesWithMarkupCharactersAreEscaped() throws Exception {
    var svg = ProductPicture.svg(Pictogram.POT, 25, "Tom & \"Jerry\" <Mini>", "Marrow & Pine", 0);

    assertThat(svg).doesNotContain("<Mini>").doesNotContain("Tom & ");
    assertThat(svg).contains("Tom &amp; &quot;Jerry&quot; &lt;Mini&gt;");
    var document = parsed(svg);
    var xpath = XPathFactory.newInstance().newXPath();
    assertThat(xpath.evaluate("/*[local-name()='svg']/*[local-name()='title']", document))
        .isEqualTo("Tom & \"Jerry\" <Mini>");
    assertThat(xpath.evaluate("(//*[local-name()='text'])[2]", document))
        .isEqualTo("MARROW & PINE");
  }

  @Test
  void controlCharactersThatXmlForbidsAreDropped() throws Exception {
    var svg = ProductPicture.svg(Pictogram.BALL, 0, "Bell\u0007 Pro", "Peakform", 1);

    assertThat(parsed(svg).getDocumentElement().getTextContent()).contains("Bell Pro");
  }

  @Test
  void everyViewOfEveryPictogramIsSelfContained() throws Exception {
    for (var pictogram : Pictogram.values()) {
      for (int view = 0; view < ProductPicture.VIEWS; view++) {
        var svg = ProductPicture.svg(pictogram, 200, "Aria 300", "Halcyon Audio", view);
        var root = parsed(svg).getDocumentElement();

        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 600 600");
        var withoutNamespace = svg.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertThat(withoutNamespace).doesNotContain("<script", "href", "http:", "https:");
      }
    }
  }

  @Test
  void coloursComeFromTheHue() {
    assertThat(ProductPicture.hsl(0, 1.0, 0.5)).isEqualTo("#ff0000");
    assertThat(ProductPicture.hsl(120, 1.0, 0.5)).isEqualTo("#00ff00");
    assertThat(ProductPicture.hsl(600, 1.0, 0.5)).isEqualTo("#0000ff");
    assertThat(ProductPicture.hsl(42, 0.0, 1.0)).isEqualTo("#ffffff");
  }

  private static Document parsed(String svg) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }
}
