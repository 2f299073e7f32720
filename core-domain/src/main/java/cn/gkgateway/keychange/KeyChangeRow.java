package cn.gkgateway.keychange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of a key-info change: the worker, the values on the roster when the sheet was uploaded
 * and the new values (an accepted row) or what the cells said (a refused row, with its faults).
 * A new ID number is kept encrypted with its keyed hash; only its masked form is ever shown.
 */
@Entity
@Table(name = "key_change_row")
public class KeyChangeRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    Long requestId;
    @Column(nullable = false)
    int lineNo;
    Long workerId;
    @Column(nullable = false)
    boolean accepted;
    String faults;
    String oldName;
    String newName;
    String oldIdHash;
    String oldIdMasked;
    String newIdCipher;
    String newIdHash;
    String newIdMasked;
    String oldWorkTypeCode;
    String newWorkTypeCode;
    String newWorkTypeText;
    String oldLevel;
    String newLevel;
    String newLevelText;
    Integer oldLevelYear;
    Integer newLevelYear;
    String newLevelYearText;

    protected KeyChangeRow() {
    }

    KeyChangeRow(long requestId, int lineNo) {
        this.requestId = requestId;
        this.lineNo = lineNo;
    }

    public Long getId() { return id; }
    public int getLineNo() { return lineNo; }
    public Long getWorkerId() { return workerId; }
    public boolean isAccepted() { return accepted; }
}
