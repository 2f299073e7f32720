package cn.gkgateway.privacy;

import cn.gkgateway.connectors.sms.SmsGatewayStandIn;
import cn.gkgateway.identity.Account;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.CodePurpose;
import cn.gkgateway.identity.CodeSender;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.identity.Role;
import cn.gkgateway.notification.Notification;
import cn.gkgateway.notification.NotificationLedger;
import cn.gkgateway.support.Eventually;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.roster.Workers;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the database holds after a worker is added, declared and reviewed: ciphertext and keyed hashes,
 * never the plain ID number or phone, in any text column of any table; and never a verification code.
 */
class StoredPersonalDataIT extends GatewayIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Workers workers;
    @Autowired
    PersonalDataProtector protector;
    @Autowired
    CodeSender codeSender;
    @Autowired
    NotificationLedger ledger;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SmsGatewayStandIn smsGateway;

    @Test
    void noTableHoldsAPlainIdNumberOrPhone() throws Exception {
        String idNumber = TestIdNumbers.next();
        String phone = "13" + idNumber.substring(9, 18).replace('X', '7');
        String contactPhone = "0514-8" + idNumber.substring(11, 18).replace('X', '7');
        String unit = login("danwei");
        Answer added = api.post(unit, "/api/roster/workers", Fixtures.worker("冯", idNumber, phone, "FW01", "2005-07-01"));
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        long workerId = added.body().path("id").asLong();
        Answer declared = api.post(unit, "/api/declarations", Fixtures.declaration(workerId, "INTERMEDIATE", "FW01")
                .replace("13900001111", contactPhone));
        assertThat(declared.status()).as(declared.raw()).isEqualTo(201);
        // a decision writes the outbox event that becomes an SMS to the worker
        Answer decided = api.post(login("zhuguan"), "/api/reviews/" + declared.body().path("id").asLong() + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"同意\"}");
        assertThat(decided.status()).as(decided.raw()).isEqualTo(200);

        List<String> needles = List.of(idNumber, idNumber.substring(0, 17), phone, contactPhone.replace("-", ""), contactPhone,
                hex(idNumber), hex(phone));
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where table_schema = database()
                  and data_type in ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'json', 'blob', 'longblob', 'mediumblob')
                """);
        assertThat(columns).as("text columns to scan").hasSizeGreaterThan(20);
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            for (String needle : needles) {
                Integer hits = jdbc.queryForObject("select count(*) from `" + table + "` where `" + name + "` like ?", Integer.class,
                        "%" + needle + "%");
                if (hits != null && hits > 0) {
                    found.add(table + "." + name);
                }
            }
        }
        assertThat(found).as("columns holding a plain ID number or phone").isEmpty();

        // what is there instead: ciphertext that opens with the key, and a keyed hash (not a bare SHA-256)
        Worker stored = workers.findById(workerId).orElseThrow();
        assertThat(protector.decrypt(stored.getIdNumberCipher())).isEqualTo(idNumber);
        assertThat(protector.decrypt(stored.getPhoneCipher())).isEqualTo(phone);
        assertThat(stored.getIdNumberHash()).isEqualTo(protector.hash(idNumber)).isNotEqualTo(sha256(idNumber)).hasSize(64);
        String contactCipher = jdbc.queryForObject("select contact_phone_cipher from declaration where id = ?", String.class,
                declared.body().path("id").asLong());
        assertThat(protector.decrypt(contactCipher)).isEqualTo(contactPhone);
    }

    /**
     * A verification code is sealed in the ledger's variables until it is sent (checked inside the
     * transaction that records it, before any dispatcher can see it), and once sent no column of
     * any table holds it in plain text, nor its ciphertext.
     */
    @Test
    void aVerificationCodeIsNeverStoredInPlainText() throws Exception {
        String idNumber = TestIdNumbers.next();
        String phone = "15" + idNumber.substring(9, 18).replace('X', '7');

        // 1. as recorded: sealed, and the sealed value opens to the code
        transaction.executeWithoutResult(status -> {
            codeSender.send(PhoneNumber.parse(phone, "phone"), CodePurpose.SIGN_IN, "864209", Duration.ofMinutes(10));
            String variables = jdbc.queryForObject("select variables from notification where kind = 'VERIFICATION_CODE'"
                    + " order by id desc limit 1", String.class);
            assertThat(variables).doesNotContain("864209").contains("\"sealed:code\"");
            Notification row = jdbc.query("select id from notification where kind = 'VERIFICATION_CODE' order by id desc limit 1",
                    (rs, n) -> ledger.find(rs.getLong(1)).orElseThrow()).get(0);
            assertThat(ledger.openVariables(row)).containsEntry("code", "864209").containsEntry("purpose", "登录");
            status.setRollbackOnly();
        });

        // 2. requested and sent for real: the SMS carries the code, the database does not
        Account applicant = new Account("seal" + phone, "测试申报人", passwordEncoder.encode(PASSWORD), Role.APPLICANT, null, null);
        applicant.registerPhone(PhoneNumber.parse(phone, "phone"), protector);
        accounts.save(applicant);
        HttpResponse<String> requested = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/auth/sms-code")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", "10.18." + (phone.charAt(9) - '0') + "." + (10 + phone.charAt(10) - '0'))
                .POST(HttpRequest.BodyPublishers.ofString("{\"purpose\":\"SIGN_IN\",\"phone\":\"" + phone + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(200);
        Eventually.await(() -> smsGateway.received().stream().anyMatch(sms -> sms.phoneNumber().equals(phone)), java.time.Duration.ofSeconds(15));
        String code = smsGateway.received().stream().filter(sms -> sms.phoneNumber().equals(phone)).findFirst().orElseThrow()
                .templateParam().get("code");
        assertThat(code).matches("\\d{6}");
        Eventually.await(() -> jdbc.queryForObject("select count(*) from notification where kind = 'VERIFICATION_CODE' and status = 'SENT'"
                + " and recipient_masked = ? and variables not like '%sealed:%'", Integer.class, PhoneNumber.mask(phone)) == 1,
                java.time.Duration.ofSeconds(15));

        // the code as a number of its own (not six digits inside a hex hash or a base64 ciphertext)
        Pattern standalone = Pattern.compile("(?<![0-9A-Za-z+/])" + code + "(?![0-9A-Za-z+/])");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : textColumns()) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            List<String> values = jdbc.queryForList("select `" + name + "` from `" + table + "` where `" + name + "` like ?", String.class,
                    "%" + code + "%");
            if (values.stream().anyMatch(value -> value != null && standalone.matcher(value).find())) {
                found.add(table + "." + name);
            }
        }
        assertThat(found).as("columns holding the plain verification code " + code).isEmpty();
    }

    private List<Map<String, Object>> textColumns() {
        return jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where table_schema = database()
                  and data_type in ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'json', 'blob', 'longblob', 'mediumblob')
                """);
    }

    private static String hex(String plain) {
        return HexFormat.of().formatHex(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String plain) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8)));
    }
}
