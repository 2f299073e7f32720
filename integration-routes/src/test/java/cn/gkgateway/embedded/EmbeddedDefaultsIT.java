package cn.gkgateway.embedded;

import cn.gkgateway.connectors.sms.SmsGatewayStandIn;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.ApiClient;
import cn.gkgateway.support.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command on a machine with no database server: the local profile on the
 * embedded H2 database and the embedded broker, with demo data, serving the slice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:gk-embedded;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
        "spring.artemis.embedded.persistent=false",
        "gk.connectors.sms.stand-in.port=0",
        "gk.gov-login.stand-in.port=0"})
@ActiveProfiles("local")
class EmbeddedDefaultsIT {

    @LocalServerPort
    int port;

    @Autowired
    SmsGatewayStandIn smsGateway;

    @Test
    void startsWithDemoDataAndServesTheSlice() throws InterruptedException {
        ApiClient api = new ApiClient(port);
        Answer health = api.get(null, "/actuator/health");
        assertThat(health.body().path("status").asText()).isEqualTo("UP");
        assertThat(api.get(null, "/console/").status()).isEqualTo(200);
        assertThat(api.get(null, "/h5/").status()).isEqualTo(200);

        String unit = api.login("danwei", "Gk@123456");
        assertThat(api.get(unit, "/api/catalog/work-types?q=byy").body().findValuesAsText("name")).containsExactly("播音员");
        Answer declared = api.post(unit, "/api/declarations", """
                {"workerId":1,"targetLevel":"INTERMEDIATE","workTypeCode":"SL01","mode":"NORMAL",
                 "contactName":"陈红梅","contactPhone":"13900001111","commitmentAccepted":true}
                """);
        assertThat(declared.status()).as(declared.raw()).isEqualTo(201);
        long id = declared.body().path("id").asLong();
        assertThat(api.post(api.login("zhuguan", "Gk@123456"), "/api/reviews/" + id + "/decision", "{\"decision\":\"APPROVE\"}").status()).isEqualTo(200);
        assertThat(api.post(examOfficeWithSecondFactor(api), "/api/reviews/" + id + "/decision", "{\"decision\":\"APPROVE\"}").status())
                .isEqualTo(200);

        // the 申报提醒 of the unit's submission, then the final approval
        Eventually.awaitQuietly(() -> notices().size() >= 2, Duration.ofSeconds(20));
        assertThat(notices()).extracting(SmsGatewayStandIn.Received::content).hasSize(2)
                .anySatisfy(text -> assertThat(text).startsWith("【工考网关】王建国您好，扬州市江都区水利工程管理处已为您提交")
                        .contains("闸门运行四级/中级工申报，现进入资格审查"))
                .anySatisfy(text -> assertThat(text).startsWith("【工考网关】王建国您好").contains("闸门运行四级/中级工已通过全部审核"));
    }

    private java.util.List<SmsGatewayStandIn.Received> notices() {
        return smsGateway.received().stream().filter(sms -> !sms.templateCode().equals("GK_VERIFICATION_CODE")).toList();
    }

    /** The local profile asks exam offices for a second factor: the SMS code goes to the demo phone, as the README says. */
    private String examOfficeWithSecondFactor(ApiClient api) throws InterruptedException {
        Answer step = api.post(null, "/api/auth/login", "{\"username\":\"gkb_qu\",\"password\":\"Gk@123456\"}");
        assertThat(step.body().path("secondFactorRequired").asBoolean()).as(step.raw()).isTrue();
        Eventually.awaitQuietly(() -> smsGateway.received().stream().anyMatch(sms -> sms.templateCode().equals("GK_VERIFICATION_CODE")),
                Duration.ofSeconds(20));
        String code = smsGateway.received().stream().filter(sms -> sms.templateCode().equals("GK_VERIFICATION_CODE")).findFirst()
                .orElseThrow().templateParam().get("code");
        Answer signedIn = api.post(null, "/api/auth/second-factor",
                "{\"challenge\":\"" + step.body().path("challenge").asText() + "\",\"code\":\"" + code + "\"}");
        assertThat(signedIn.status()).as(signedIn.raw()).isEqualTo(200);
        return signedIn.body().path("token").asText();
    }
}
