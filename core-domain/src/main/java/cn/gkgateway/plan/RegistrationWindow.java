package cn.gkgateway.plan;

import cn.gkgateway.shared.ReferenceCache;
import jakarta.persistence.EntityListeners;
import cn.gkgateway.catalog.LevelGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * When a level group may register — from {@link #opensAt()} to {@link #closesAt()} inclusive, Asia/Shanghai
 * wall time — and the date by which a candidate must still be in post (技师/等级工: year end; 高级技师: next
 * May), with the optional 技师选拔考试 day, admit-card opening and results publication.
 */
@Entity
@EntityListeners(ReferenceCache.Changes.class)
@Table(name = "registration_window")
public class RegistrationWindow {

    static final int END_OF_DAY = 86_399;

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

    /** Second of the day the window opens (0 = 00:00:00). */
    @Column(nullable = false)
    private int opensSecond;

    /** Last second of the day the window is open (86399 = 23:59:59). */
    @Column(nullable = false)
    private int closesSecond = END_OF_DAY;

    private LocalDate inPostCutoff;

    private LocalDate examOn;

    private Instant admitCardFrom;

    private Instant resultsAt;

    protected RegistrationWindow() {
    }

    /** Whole days: from the first day's 00:00:00 to the last day's 23:59:59. */
    public RegistrationWindow(LevelGroup levelGroup, LocalDate opensOn, LocalDate closesOn, LocalDate inPostCutoff) {
        this(levelGroup, opensOn.atStartOfDay(), closesOn.atTime(23, 59, 59), inPostCutoff, null, null, null);
    }

    public RegistrationWindow(LevelGroup levelGroup, LocalDateTime opensAt, LocalDateTime closesAt, LocalDate inPostCutoff,
                              LocalDate examOn, Instant admitCardFrom, Instant resultsAt) {
        this.levelGroup = levelGroup;
        change(opensAt, closesAt, inPostCutoff, examOn, admitCardFrom, resultsAt);
    }

    void change(LocalDateTime opensAt, LocalDateTime closesAt, LocalDate inPostCutoff, LocalDate examOn,
                Instant admitCardFrom, Instant resultsAt) {
        this.opensOn = opensAt.toLocalDate();
        this.opensSecond = opensAt.toLocalTime().toSecondOfDay();
        this.closesOn = closesAt.toLocalDate();
        this.closesSecond = closesAt.toLocalTime().toSecondOfDay();
        this.inPostCutoff = inPostCutoff;
        this.examOn = examOn;
        this.admitCardFrom = admitCardFrom;
        this.resultsAt = resultsAt;
    }

    /** Open at this wall-clock moment (Asia/Shanghai), both ends included to the second (23:59:59.999 is still open). */
    public boolean isOpenAt(LocalDateTime now) {
        LocalDateTime second = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return !second.isBefore(opensAt()) && !second.isAfter(closesAt());
    }

    /** Open at some moment of {@code day}. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public LocalDateTime opensAt() {
        return opensOn.atTime(LocalTime.ofSecondOfDay(opensSecond));
    }

    public LocalDateTime closesAt() {
        return closesOn.atTime(LocalTime.ofSecondOfDay(closesSecond));
    }

    public Long getId() {
        return id;
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

    public LocalDate getExamOn() {
        return examOn;
    }

    public Instant getAdmitCardFrom() {
        return admitCardFrom;
    }

    public Instant getResultsAt() {
        return resultsAt;
    }
}
