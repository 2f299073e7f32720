package cn.gkgateway.web.excel;

import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Notes, for each cell of the current row, whether it holds a formula ({@code <f>} inside
 * {@code <c>}), its stored type ({@code t} and style {@code s} attributes) and its raw value
 * ({@code <v>}), then passes every event on.
 */
final class FormulaWatcher extends XMLFilterImpl {
    private final RowCollector collector;
    private final StringBuilder value = new StringBuilder();
    private boolean inValue;
    private int cellIndex = -1;

    FormulaWatcher(RowCollector collector) {
        this.collector = collector;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> cellIndex = -1;
            case "c" -> {
                String cellRef = attributes.getValue("r");
                cellIndex = cellRef == null ? cellIndex + 1 : new CellReference(cellRef).getCol();
                collector.typeAt(cellIndex, attributes.getValue("t"), attributes.getValue("s"));
            }
            case "f" -> collector.formulaAt(cellIndex);
            case "v" -> {
                inValue = true;
                value.setLength(0);
            }
            default -> { }
        }
        super.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inValue && value.length() < 64) {
            value.append(ch, start, Math.min(length, 64));
        }
        super.characters(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if ("v".equals(localName)) {
            inValue = false;
            collector.rawValueAt(cellIndex, value.toString());
        }
        super.endElement(uri, localName, qName);
    }
}
