package nl.resourcegroepen.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Reads a diagram or decision table as plain XML, for the rules that look at every attribute; no external entities. */
final class ModelXml {

  private ModelXml() {
  }

  static Document read(Path file) throws IOException, SAXException {
    try (InputStream in = Files.newInputStream(file)) {
      return builder().parse(in);
    }
  }

  /** "regel 12, kolom 3: ..." for a parse error with a line number, otherwise the message of the deepest cause. */
  static String explain(Throwable e) {
    Throwable root = e;
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      root = cause;
      if (cause instanceof SAXParseException parse && parse.getLineNumber() > 0) {
        return "regel " + parse.getLineNumber() + ", kolom " + parse.getColumnNumber() + ": " + parse.getMessage();
      }
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    // The model API reports schema errors as "Fatal Error: URI=null Line=12: ..."
    return message.replaceFirst("^(Fatal )?Error: URI=\\S+ Line=(\\d+): ", "regel $2: ");
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
