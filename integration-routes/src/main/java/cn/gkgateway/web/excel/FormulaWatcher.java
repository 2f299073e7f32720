package cn.gkgateway.web.excel;

import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/** Notes which columns of the current row hold a formula ({@code <f>} inside {@code <c>}), then passes every event on. */
final class FormulaWatcher extends XMLFilterImpl {
    private final RowCollector collector;
    private String cellRef;
    private int cellIndex = -1;

    FormulaWatcher(RowCollector collector) {
        this.collector = collector;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> cellIndex = -1;
            case "c" -> {
                cellRef = attributes.getValue("r");
                cellIndex = cellRef == null ? cellIndex + 1 : new CellReference(cellRef).getCol();
            }
            case "f" -> collector.formulaAt(cellIndex);
            default -> { }
        }
        super.startElement(uri, localName, qName, attributes);
    }
}
