package cn.gkgateway.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a year's 考评范围: this work type is open at this level group in this year. */
@Entity
@Table(name = "work_type_scope")
public class WorkTypeScope {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LevelGroup levelGroup;

    @Column(nullable = false)
    private String workTypeCode;

    protected WorkTypeScope() {
    }

    public WorkTypeScope(int year, LevelGroup levelGroup, String workTypeCode) {
        this.year = year;
        this.levelGroup = levelGroup;
        this.workTypeCode = workTypeCode;
    }

    public int getYear() {
        return year;
    }

    public LevelGroup getLevelGroup() {
        return levelGroup;
    }

    public String getWorkTypeCode() {
        return workTypeCode;
    }
}
