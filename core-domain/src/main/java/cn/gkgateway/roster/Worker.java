package cn.gkgateway.roster;

import cn.gkgateway.roster.internal.ProtectedIdentity;
import cn.gkgateway.catalog.Level;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A 工勤人员 on a unit's roster. The ID number and phone are stored encrypted, with a keyed
 * hash for look-ups and a masked copy for display, so lists never decrypt anything.
 */
@Entity
@Table(name = "worker")
public class Worker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String idNumberCipher;

    @Column(nullable = false, unique = true)
    private String idNumberHash;

    @Column(nullable = false)
    private String idNumberMasked;

    @Column(nullable = false)
    private String sex;

    @Column(nullable = false)
    private LocalDate birthDate;

    private String phoneCipher;

    private String phoneMasked;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Establishment establishment;

    @Column(nullable = false)
    private LocalDate workStartDate;

    /** True when 参加工作时间 is known only to the month: {@link #workStartDate} is then the month's first day. */
    @Column(nullable = false)
    private boolean workStartMonthOnly;

    @Column(nullable = false)
    private String workTypeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Level level;

    private Integer levelYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkerStatus status = WorkerStatus.ACTIVE;

    @Column(nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Worker() {
    }

    Worker(Long unitId, String name, ProtectedIdentity identity, Establishment establishment,
           LocalDate workStartDate, String workTypeCode, Level level, Integer levelYear, Instant createdAt) {
        this.unitId = unitId;
        this.name = name;
        this.idNumberCipher = identity.idNumberCipher();
        this.idNumberHash = identity.idNumberHash();
        this.idNumberMasked = identity.idNumberMasked();
        this.sex = identity.sex();
        this.birthDate = identity.birthDate();
        this.phoneCipher = identity.phoneCipher();
        this.phoneMasked = identity.phoneMasked();
        this.establishment = establishment;
        this.workStartDate = workStartDate;
        this.workTypeCode = workTypeCode;
        this.level = level;
        this.levelYear = levelYear;
        this.createdAt = createdAt;
    }

    /**
     * Moves the worker to another unit's roster. Only an approved transfer calls this; the transfer
     * record keeps the history (from, to, when).
     */
    public void transferTo(long unitId) {
        this.unitId = unitId;
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getName() {
        return name;
    }

    public String getIdNumberCipher() {
        return idNumberCipher;
    }

    public String getIdNumberHash() {
        return idNumberHash;
    }

    public String getIdNumberMasked() {
        return idNumberMasked;
    }

    public String getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getPhoneCipher() {
        return phoneCipher;
    }

    public String getPhoneMasked() {
        return phoneMasked;
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public LocalDate getWorkStartDate() {
        return workStartDate;
    }

    public boolean isWorkStartMonthOnly() {
        return workStartMonthOnly;
    }

    /** 参加工作时间 as known: {@code yyyy-MM} when only the month is, else {@code yyyy-MM-dd}. */
    public String workStartText() {
        return workStartText(workStartDate, workStartMonthOnly);
    }

    public static String workStartText(LocalDate date, boolean monthOnly) {
        return date == null ? null : monthOnly ? java.time.YearMonth.from(date).toString() : date.toString();
    }

    public String getWorkTypeCode() {
        return workTypeCode;
    }

    public Level getLevel() {
        return level;
    }

    public Integer getLevelYear() {
        return levelYear;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public WorkerStatus getStatus() {
        return status;
    }

    /** Sets the status; the caller records the change with {@link WorkerHistory#recordKeyChange}. */
    public void changeStatus(WorkerStatus newStatus) {
        this.status = newStatus;
    }

    void rename(String name) {
        this.name = name;
    }

    /** Replaces the ID number with its protected form; sex and birth date follow the new number. */
    void changeIdentity(ProtectedIdentity identity) {
        this.idNumberCipher = identity.idNumberCipher();
        this.idNumberHash = identity.idNumberHash();
        this.idNumberMasked = identity.idNumberMasked();
        this.sex = identity.sex();
        this.birthDate = identity.birthDate();
    }

    void changeQualification(String workTypeCode, Level level, Integer levelYear) {
        this.workTypeCode = workTypeCode;
        this.level = level;
        this.levelYear = levelYear;
    }

    /** Replaces the phone (a non-key field) with its already protected form; both null clears it. */
    void changePhone(String cipher, String masked) {
        this.phoneCipher = cipher;
        this.phoneMasked = masked;
    }
}
