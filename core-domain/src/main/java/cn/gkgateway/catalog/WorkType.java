package cn.gkgateway.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A work type (工种) of the catalog. A merged or retired work type names its successor, so
 * that an old certificate's work type maps to the one declared today.
 */
@Entity
@Table(name = "work_type")
public class WorkType {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    /** 服务类, 机电类, … */
    @Column(nullable = false)
    private String category;

    private String successorCode;

    private boolean retired;

    protected WorkType() {
    }

    public WorkType(String code, String name, String category) {
        this.code = code;
        this.name = name;
        this.category = category;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public String getSuccessorCode() {
        return successorCode;
    }

    public boolean isRetired() {
        return retired;
    }
}
