package cn.gkgateway.plans;

import cn.gkgateway.support.BrowserScripts;
import cn.gkgateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** In the browser: the city exam office creates next year's plan and its deadlines appear on the 工作台 (e2e/plans.mjs). */
class PlanJourneyIT extends GatewayIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theExamOfficeCreatesAPlanAndTheWorkbenchShowsItsDeadlines() throws Exception {
        List<String> output = BrowserScripts.run(port, "plans.mjs", Map.of("PLAN_YEAR", "2027"));
        String name = BrowserScripts.result(output);
        assertThat(jdbc.queryForObject("SELECT region_code FROM exam_plan WHERE name = ?", String.class, name)).isEqualTo("321000");
        // the refused change left the plan as saved
        assertThat(jdbc.queryForObject("SELECT closes_on FROM registration_window w JOIN exam_plan p ON p.id = w.plan_id"
                + " WHERE p.name = ? AND w.level_group = 'SENIOR_TECHNICIAN'", java.sql.Date.class, name).toString()).isEqualTo("2027-08-31");
    }
}
