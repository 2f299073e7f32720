package cn.gkgateway.plan;

import cn.gkgateway.catalog.LevelGroup;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** 年度考评计划: a year's registration windows for a region (a province-wide plan has region 32xxxx). */
@Entity
@Table(name = "exam_plan")
public class ExamPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private String regionCode;

    @Column(nullable = false)
    private String name;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "plan_id", nullable = false)
    private List<RegistrationWindow> windows = new ArrayList<>();

    protected ExamPlan() {
    }

    public ExamPlan(int year, String regionCode, String name, List<RegistrationWindow> windows) {
        this.year = year;
        this.regionCode = regionCode;
        this.name = name;
        this.windows.addAll(windows);
    }

    public Optional<RegistrationWindow> window(LevelGroup group) {
        return windows.stream().filter(window -> window.getLevelGroup() == group).findFirst();
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getName() {
        return name;
    }

    public List<RegistrationWindow> getWindows() {
        return List.copyOf(windows);
    }
}
