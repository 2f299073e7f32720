package cn.gkgateway.connectors.sms;

import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.notification.SmsMessage;
import cn.gkgateway.notification.SmsTemplate;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gkgateway.notification.SmsSendFailure;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SMS client against the stand-in over loopback: signed requests, rendered templates, refusals told apart. */
class HttpSmsGatewayTest {

    private final ObjectMapper json = new ObjectMapper();
    private SmsGatewayStandIn standIn;

    @BeforeEach
    void start() throws IOException {
        standIn = new SmsGatewayStandIn(0, "app", "secret", json);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void sendsASignedMessageThatTheGatewayRenders() {
        String bizId = client("secret").send(message());
        assertThat(standIn.received()).singleElement().satisfies(sms -> {
            assertThat(sms.bizId()).isEqualTo(bizId);
            assertThat(sms.requestId()).isEqualTo("event-1");
            assertThat(sms.phoneNumber()).isEqualTo("13800138000");
            assertThat(sms.content()).isEqualTo("【工考网关】王建国您好，您申报的2026年度闸门运行四级/中级工已通过全部审核，请留意后续考核安排。");
        });
    }

    @Test
    void aWrongSecretIsACredentialFaultNotARefusalOfTheMessage() {
        assertThatThrownBy(() -> client("not-the-secret").send(message()))
                .isInstanceOfSatisfying(SmsGatewayException.class, e -> assertThat(e.kind()).isEqualTo(SmsSendFailure.Kind.AUTH));
        assertThat(standIn.received()).isEmpty();
    }

    @Test
    void anOverloadedGatewayIsWorthRetrying() {
        standIn.failNext(1);
        assertThatThrownBy(() -> client("secret").send(message()))
                .isInstanceOfSatisfying(SmsGatewayException.class, e -> assertThat(e.retryable()).isTrue());
        client("secret").send(message());
        assertThat(standIn.received()).hasSize(1);
    }

    @Test
    void anUnreachableGatewayIsWorthRetrying() {
        String url = standIn.baseUrl();
        standIn.close();
        HttpSmsGateway gateway = new HttpSmsGateway(url, properties("secret"), json, Clock.systemUTC());
        assertThatThrownBy(() -> gateway.send(message()))
                .isInstanceOfSatisfying(SmsGatewayException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void aRefusedNumberIsRefusedForGood() {
        standIn.refuseNext(1);
        assertThatThrownBy(() -> client("secret").send(message()))
                .isInstanceOfSatisfying(SmsGatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SmsSendFailure.Kind.REFUSED);
                    assertThat(e.getMessage()).contains("isv.MOBILE_NUMBER_ILLEGAL");
                });
        assertThat(standIn.received()).isEmpty();
    }

    @Test
    void aRepeatedRequestIdIsRecordedOnceAndAnsweredWithTheSameBizId() {
        HttpSmsGateway gateway = client("secret");
        String first = gateway.send(message());
        String second = gateway.send(message());
        assertThat(second).isEqualTo(first);
        assertThat(standIn.received()).hasSize(1);
        assertThat(standIn.acceptedRequests()).isEqualTo(2);
    }

    @Test
    void refusedCredentialsAreAnAuthFaultNotARefusal() {
        standIn.refuseCredentials(true);
        assertThatThrownBy(() -> client("secret").send(message()))
                .isInstanceOfSatisfying(SmsGatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SmsSendFailure.Kind.AUTH);
                    assertThat(e.retryable()).isTrue();
                });
        assertThat(standIn.received()).isEmpty();
    }

    @Test
    void noAnswerWithinTheReadTimeoutIsAnUnknownOutcome() throws InterruptedException {
        HttpSmsGateway gateway = new HttpSmsGateway(standIn.baseUrl(),
                new SmsGatewayProperties(null, "app", "secret", null, null, Duration.ofMillis(1000), null), json, Clock.systemUTC());
        // a first message connects (on a busy machine a connect alone can outlast a short timeout: that is
        // "unreachable", not "no answer"); the kept-alive connection then carries the message that gets no answer
        gateway.send(new SmsMessage("warm-up", PhoneNumber.parse("13800138001", "phone"), SmsTemplate.REVIEW_APPROVED,
                Map.of("name", "王建国", "year", "2026", "workType", "闸门运行", "level", "四级/中级工")));
        standIn.answerLate(Duration.ofMillis(3000));
        assertThatThrownBy(() -> gateway.send(message()))
                .isInstanceOfSatisfying(SmsGatewayException.class, e -> assertThat(e.kind()).as(e + " caused by " + e.getCause())
                        .isEqualTo(SmsSendFailure.Kind.UNKNOWN));
        // the provider did take it: the outcome was unknown, not failed (on a busy machine the
        // stand-in may record it a moment after the client gave up)
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (messagesOfEvent1() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(messagesOfEvent1()).isEqualTo(1);
    }

    private long messagesOfEvent1() {
        return standIn.received().stream().filter(sms -> "event-1".equals(sms.requestId())).count();
    }

    @Test
    void theStandInAnswersAfterItsConfiguredDelay() {
        standIn.answerDelay(Duration.ofMillis(150));
        long started = System.nanoTime();
        client("secret").send(message());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    private HttpSmsGateway client(String secret) {
        return new HttpSmsGateway(standIn.baseUrl(), properties(secret), json, Clock.systemUTC());
    }

    private static SmsGatewayProperties properties(String secret) {
        return new SmsGatewayProperties(null, "app", secret, null, null, null, null);
    }

    private static SmsMessage message() {
        return new SmsMessage("event-1", PhoneNumber.parse("13800138000", "phone"), SmsTemplate.REVIEW_APPROVED,
                Map.of("name", "王建国", "year", "2026", "workType", "闸门运行", "level", "四级/中级工"));
    }
}
