package cn.gkgateway.plan;

import cn.gkgateway.catalog.LevelGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * When a level group may register, inclusive of both days, and the date by which a
 * candidate must still be in post (技师/等级工: year end; 高级技师: next May).
 */
@Entity
@Table(name = "registration_window")
public class RegistrationWindow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LevelGroup levelGroup;

    @Column(nullable = false)
    private LocalDate opensOn;

    @Column(nullable = false)
    private LocalDate closesOn;

    private LocalDate inPostCutoff;

    protected RegistrationWindow() {
    }

    public RegistrationWindow(LevelGroup levelGroup, LocalDate opensOn, LocalDate closesOn, LocalDate inPostCutoff) {
        this.levelGroup = levelGroup;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.inPostCutoff = inPostCutoff;
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public LevelGroup getLevelGroup() {
        return levelGroup;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public LocalDate getInPostCutoff() {
        return inPostCutoff;
    }
}
