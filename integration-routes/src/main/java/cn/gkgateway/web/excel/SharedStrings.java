package cn.gkgateway.web.excel;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared-strings part read once as plain strings (runs joined, phonetic hints left out), without
 * building a rich-text object per cell as POI's table does. Parsed with POI's secure SAX reader (no DTDs).
 */
final class SharedStrings extends DefaultHandler {

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    static List<String> read(InputStream part) throws Exception {
        SharedStrings handler = new SharedStrings();
        if (part != null) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(part));
        }
        return handler.strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> text.setLength(0);
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = !inPhonetic;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> strings.add(text.toString());
            case "rPh" -> inPhonetic = false;
            case "t" -> inText = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }
}
