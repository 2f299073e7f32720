package cn.gkgateway.demo;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.LevelGroup;
import cn.gkgateway.catalog.WorkTypeScope;
import cn.gkgateway.catalog.WorkTypeScopes;
import cn.gkgateway.identity.Account;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.CreditCode;
import cn.gkgateway.organisation.JurisdictionLevel;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.OrganisationKind;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.organisation.UnitCategory;
import cn.gkgateway.plan.ExamPlan;
import cn.gkgateway.plan.ExamPlans;
import cn.gkgateway.plan.RegistrationWindow;
import cn.gkgateway.roster.AddWorker;
import cn.gkgateway.roster.Establishment;
import cn.gkgateway.roster.RosterService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo data for the embedded default and the tests: a province → city → district tree of
 * exam offices, two supervising departments with a unit each, workers, one account per role
 * (password {@value #PASSWORD}) and this year's plan with open windows. Loaded once.
 */
@Component
@ConditionalOnProperty(name = "gk.demo-data.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

    public static final String PASSWORD = "Gk@123456";
    /** 王建国, the demo applicant, on the roster of 水利工程管理处. */
    public static final String APPLICANT_ID_FIRST17 = "32101219780512003";
    /** Demo phones: the applicant 王建国 (as on his roster entry), the district exam office, the administrator. */
    public static final String APPLICANT_PHONE = "13800138000";
    public static final String GKB_QU_PHONE = "13910000001";
    public static final String ADMIN_PHONE = "13910000009";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Organisations organisations;
    private final Accounts accounts;
    private final ExamPlans plans;
    private final WorkTypeScopes scopes;
    private final Catalog catalog;
    private final RosterService roster;
    private final PasswordEncoder passwordEncoder;
    private final PersonalDataProtector protector;
    private final TransactionTemplate transaction;
    private final Clock clock;

    // issue 16 (plans): the demo plan's training rule and the demo workers' training records
    @org.springframework.beans.factory.annotation.Value("${gk.demo-data.plan-training-years:2}")
    private int planTrainingYears;
    @org.springframework.beans.factory.annotation.Autowired
    private cn.gkgateway.roster.WorkerRecords workerRecords;

    public DemoData(Organisations organisations, Accounts accounts, ExamPlans plans, WorkTypeScopes scopes, Catalog catalog,
                    RosterService roster, PasswordEncoder passwordEncoder, PersonalDataProtector protector,
                    TransactionTemplate transaction, Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.plans = plans;
        this.scopes = scopes;
        this.catalog = catalog;
        this.roster = roster;
        this.passwordEncoder = passwordEncoder;
        this.protector = protector;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.findByUsername("admin").isPresent()) {
            log.info("demo data already present");
            return;
        }
        transaction.executeWithoutResult(status -> load());
        catalog.reload();
        log.info("demo data loaded: accounts danwei, danwei2, zhuguan, zhuguan2, gkb_qu, gkb_shi, gkb_sheng, shenbao, admin (password {})", PASSWORD);
    }

    private void load() {
        Organisation province = office("江苏省工考办", JurisdictionLevel.PROVINCE, "320000", null);
        Organisation city = office("扬州市工考办", JurisdictionLevel.CITY, "321000", province.getId());
        Organisation district = office("扬州市江都区工考办", JurisdictionLevel.DISTRICT, "321012", city.getId());
        // issue 16: the help contact (咨询电话) applicants see on the H5 home
        district.helpContact("江都区工考办 王老师", "0514-86881234");
        city.helpContact("扬州市工考中心", "0514-87360000");
        province.helpContact("江苏省工考办", "025-83276000");
        Organisation water = organisations.save(new Organisation("扬州市江都区水利局", creditCode("11321012014170350"), OrganisationKind.DEPARTMENT,
                UnitCategory.ADMINISTRATIVE, JurisdictionLevel.DISTRICT, "321012", district.getId(), null));
        Organisation transport = organisations.save(new Organisation("扬州市江都区交通运输局", creditCode("11321012014170369"), OrganisationKind.DEPARTMENT,
                UnitCategory.ADMINISTRATIVE, JurisdictionLevel.DISTRICT, "321012", district.getId(), null));
        Organisation waterWorks = unit("扬州市江都区水利工程管理处", creditCode("12321012466893812"), water);
        Organisation roads = unit("扬州市江都区公路管理站", creditCode("12321012466893820"), transport);

        account("danwei", "陈红梅", Role.UNIT_OPERATOR, waterWorks.getId(), null);
        account("danwei2", "刘志强", Role.UNIT_OPERATOR, roads.getId(), null);
        account("zhuguan", "孙立新", Role.SUPERVISOR, water.getId(), null);
        account("zhuguan2", "周文斌", Role.SUPERVISOR, transport.getId(), null);
        account("gkb_qu", "江都区工考办审核员", Role.EXAM_OFFICE, district.getId(), null);
        account("gkb_shi", "扬州市工考办审核员", Role.EXAM_OFFICE, city.getId(), null);
        account("gkb_sheng", "江苏省工考办审核员", Role.EXAM_OFFICE, province.getId(), null);
        account("admin", "系统管理员", Role.ADMIN, province.getId(), null);
        // demo phones for the SMS second factor and password reset (the SMS stand-in shows the codes)
        demoPhone("gkb_qu", GKB_QU_PHONE);
        demoPhone("gkb_shi", "13910000002");
        demoPhone("gkb_sheng", "13910000003");
        demoPhone("admin", ADMIN_PHONE);

        var waterOperator = accounts.findByUsername("danwei").orElseThrow().asCaller();
        var roadsOperator = accounts.findByUsername("danwei2").orElseThrow().asCaller();
        String applicantId = APPLICANT_ID_FIRST17 + IdNumber.checkCharacter(APPLICANT_ID_FIRST17);
        int year = LocalDate.now(clock).getYear();
        trained(waterOperator, roster.add(waterOperator, new AddWorker("王建国", applicantId, "13800138000", Establishment.IN_ESTABLISHMENT,
                LocalDate.of(2000, 7, 1), "SL01", Level.JUNIOR, 2015)), year);
        trained(waterOperator, roster.add(waterOperator, new AddWorker("李秀英", idNumber("19820303", "024"), "13900139001", Establishment.IN_ESTABLISHMENT,
                LocalDate.of(2003, 9, 1), "SL02", Level.INTERMEDIATE, 2014)), year);
        trained(waterOperator, roster.add(waterOperator, new AddWorker("张伟", idNumber("19900817", "035"), "13700137002", Establishment.OUT_OF_ESTABLISHMENT,
                LocalDate.of(2012, 3, 1), "JD02", Level.NONE, null)), year);
        trained(roadsOperator, roster.add(roadsOperator, new AddWorker("赵磊", idNumber("19850120", "051"), "13600136003", Establishment.IN_ESTABLISHMENT,
                LocalDate.of(2006, 8, 1), "JT07", Level.JUNIOR, 2016)), year);
        account("shenbao", "王建国", Role.APPLICANT, null, protector.hash(applicantId));
        demoPhone("shenbao", APPLICANT_PHONE);

        plan(LocalDate.now(clock));
    }

    /**
     * This year's plan for the province, windows open from a month ago to two months ahead (so they are open on
     * the tests' 2026-06-15 and on the local profile's real today), the default rule table with
     * {@code gk.demo-data.plan-training-years} years of continuing education (2 as in seed 003; the tests set 0
     * because their workers are created without training records), scopes as in 2020.
     */
    private void plan(LocalDate today) {
        int year = today.getYear();
        java.time.LocalDateTime opens = today.minusDays(30).atStartOfDay();
        java.time.LocalDateTime closes = today.plusDays(60).atTime(23, 59, 59);
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        java.time.Instant admitCards = today.plusDays(70).atTime(9, 0).atZone(zone).toInstant();
        java.time.Instant results = today.plusDays(120).atTime(9, 0).atZone(zone).toInstant();
        plans.save(new ExamPlan(year, "320000", year + "年度江苏省机关事业单位工勤技能岗位技术等级考评", List.of(
                new RegistrationWindow(LevelGroup.GRADE, opens, closes, LocalDate.of(year, 12, 31), null, admitCards, results),
                new RegistrationWindow(LevelGroup.TECHNICIAN, opens, closes, LocalDate.of(year, 12, 31), today.plusDays(75), admitCards, results),
                new RegistrationWindow(LevelGroup.SENIOR_TECHNICIAN, opens, closes, LocalDate.of(year + 1, 5, 31), null, admitCards, results)),
                cn.gkgateway.plan.PlanDefaults.rules().stream().map(rule -> new cn.gkgateway.plan.EligibilityRule(rule.getTargetLevel(),
                        rule.getYearsInLevel(), rule.getTotalWorkYears(), planTrainingYears)).toList()));
        if (scopes.findByYear(year).isEmpty()) {
            scopes.saveAll(scopes.findByYear(2020).stream()
                    .map(scope -> new WorkTypeScope(year, scope.getLevelGroup(), scope.getWorkTypeCode())).toList());
        }
    }

    /** 继续教育 records for the two years before this one, so the demo workers meet the plan's training rule. */
    private void trained(cn.gkgateway.identity.Caller operator, cn.gkgateway.roster.Worker worker, int year) {
        for (int back = 1; back <= 2; back++) {
            workerRecords.add(operator, worker.getId(), cn.gkgateway.roster.Subset.TRAINING, java.util.Map.of(
                    "title", (year - back) + "年度专业技术人员继续教育", "organiser", "江都区人社局",
                    "startedOn", (year - back) + "-03-01", "endedOn", (year - back) + "-03-05", "hours", "40"));
        }
    }

    private Organisation office(String name, JurisdictionLevel level, String region, Long parentId) {
        return organisations.save(new Organisation(name, null, OrganisationKind.EXAM_OFFICE, UnitCategory.ADMINISTRATIVE,
                level, region, parentId, null));
    }

    private Organisation unit(String name, String creditCode, Organisation department) {
        return organisations.save(new Organisation(name, creditCode, OrganisationKind.UNIT, UnitCategory.PUBLIC_INSTITUTION,
                JurisdictionLevel.DISTRICT, "321012", department.getId(), department.getId()));
    }

    private void demoPhone(String username, String phone) {
        Account account = accounts.findByUsername(username).orElseThrow();
        account.registerPhone(PhoneNumber.parse(phone, "phone"), protector);
        accounts.save(account);
    }

    private void account(String username, String displayName, Role role, Long organisationId, String personIdHash) {
        accounts.save(new Account(username, displayName, passwordEncoder.encode(PASSWORD), role, organisationId, personIdHash));
    }

    private static String creditCode(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static String idNumber(String birth, String sequence) {
        String first17 = "321012" + birth + sequence;
        return first17 + IdNumber.checkCharacter(first17);
    }
}
