package cn.gkgateway.journey;

import cn.gkgateway.connectors.sms.SmsGatewayStandIn;
import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.rosterimport.ImportFiles;
import cn.gkgateway.support.TestIdNumbers;
import cn.gkgateway.support.ApiClient;
import cn.gkgateway.support.BrowserScripts;
import cn.gkgateway.support.Eventually;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slice as people do it: the console pages in headless Chromium (h5-frontend/e2e/slice.mjs,
 * driven by playwright-core) against this gateway — a unit operator adds and declares a worker,
 * the department and the district exam office approve — then the applicant's H5 page. The SMS
 * that the clicks cause must reach the gateway stand-in exactly once. The applicant's page must
 * list the applicant's real declaration and show its review steps.
 */
class BrowserJourneyIT extends GatewayIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    SmsGatewayStandIn smsGateway;

    @Test
    void consoleSliceAndApplicantPageWorkInTheBrowser() throws Exception {
        List<String> slice = runScript("slice.mjs");
        String result = slice.stream().filter(line -> line.startsWith("RESULT ")).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("slice.mjs printed no RESULT line:\n" + String.join("\n", slice)));
        JsonNode created = new ObjectMapper().readTree(result.substring("RESULT ".length()));
        String workerName = created.path("workerName").asText();

        // the 申报提醒 of the submission and the final approval, to the phone typed in the form
        Eventually.awaitQuietly(() -> messagesFor(workerName).size() >= 2, Duration.ofSeconds(20));
        Thread.sleep(300);
        assertThat(messagesFor(workerName)).hasSize(2).allSatisfy(sms -> assertThat(sms.phoneNumber()).isEqualTo("13912345678"))
                .anySatisfy(sms -> assertThat(sms.content()).startsWith("【工考网关】" + workerName + "您好").contains("申报，现进入资格审查"))
                .anySatisfy(sms -> assertThat(sms.content()).startsWith("【工考网关】" + workerName + "您好").contains("行政事务四级/中级工已通过全部审核"));

        runScript("h5.mjs", applicantDeclaration());
    }

    /**
     * A real declaration of the demo applicant (王建国), made through the API as the unit does it
     * (or the one another test made already), as the H5 page must show it.
     */
    private String applicantDeclaration() throws IOException {
        String unit = login("danwei");
        JsonNode worker = api.get(unit, "/api/roster/workers?name=王建国").body().path("content").get(0);
        ApiClient.Answer declared = api.post(unit, "/api/declarations", Fixtures.declaration(worker.path("id").asLong(), "INTERMEDIATE", "SL01"));
        assertThat(declared.status()).as(declared.raw()).isIn(201, 409);
        JsonNode own = api.get(login("shenbao"), "/api/declarations").body();
        assertThat(own.size()).as("the applicant's declarations").isPositive();
        JsonNode latest = own.get(0);
        ObjectNode expected = JSON.createObjectNode().put("id", latest.path("id").asLong())
                .put("targetLevelName", latest.path("targetLevelName").asText()).put("workTypeName", latest.path("workTypeName").asText())
                .put("statusName", latest.path("statusName").asText());
        latest.path("steps").forEach(step -> expected.withArray("steps").add(step.path("name").asText()));
        assertThat(expected.path("steps").size()).isPositive();
        return JSON.writeValueAsString(expected);
    }

    /** The administrator creates an account in 账号管理; its holder must set a new password before working. */
    @Test
    void accountManagementAndForcedPasswordChangeWorkInTheBrowser() throws Exception {
        runScript("accounts.mjs");
    }

    /** 统一身份认证 through the stand-in provider at 375 px: the linked applicant lands signed in; level L1 is refused. */
    @Test
    void governmentLoginWorksInThePhoneBrowser() throws Exception {
        applicantDeclaration();
        runScript("gov.mjs");
    }

    /** The roster: list → 查看 detail → 修改 phone → export with progress (h5-frontend/e2e/roster.mjs). */
    @Test
    void rosterViewEditAndExportWorkInTheBrowser() throws Exception {
        runScript("roster.mjs");
    }

    /** 导入新增人员 in the browser: upload, result, mode, evidence, submit, two approvals; then the good row is on the roster. */
    @Test
    void rosterImportJourneyWorksInTheBrowser() throws Exception {
        String good = TestIdNumbers.next();
        String bad = TestIdNumbers.next();
        String[] badRow = ImportFiles.row(bad);
        badRow[2] = "男".equals(badRow[2]) ? "女" : "男";
        Path file = Files.createTempFile("e2e-import", ".xlsx");
        Files.write(file, ImportFiles.xlsx(List.of(ImportFiles.row(good), badRow)));
        Path evidence = Files.createTempFile("e2e-evidence", ".png");
        Files.write(evidence, ImportFiles.png());
        runScript("rosterimport.mjs", Map.of("IMPORT_FILE", file.toString(), "EVIDENCE_FILE", evidence.toString()));
        String unit = login("danwei");
        JsonNode workers = api.get(unit, "/api/roster/workers?name=王小明&size=200").body().path("content");
        List<String> masked = new java.util.ArrayList<>();
        workers.forEach(worker -> masked.add(worker.path("idNumber").asText()));
        assertThat(masked).contains(IdNumber.mask(good)).doesNotContain(IdNumber.mask(bad));
    }

    private List<SmsGatewayStandIn.Received> messagesFor(String workerName) {
        return smsGateway.received().stream().filter(sms -> sms.content().contains(workerName)).toList();
    }

    private List<String> runScript(String script) throws IOException, InterruptedException {
        return BrowserScripts.run(port, script, Map.of());
    }

    private List<String> runScript(String script, String expectedDeclaration) throws IOException, InterruptedException {
        return BrowserScripts.run(port, script,
                expectedDeclaration == null ? Map.of() : Map.of("EXPECT_DECLARATION", expectedDeclaration));
    }

    private List<String> runScript(String script, Map<String, String> environment) throws IOException, InterruptedException {
        return BrowserScripts.run(port, script, environment);
    }
}
