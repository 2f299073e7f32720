package cn.gkgateway.privacy;

import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.roster.Workers;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the database holds after a worker is added, declared and reviewed: ciphertext and keyed hashes,
 * never the plain ID number or phone, in any text column of any table.
 */
class StoredPersonalDataIT extends GatewayIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Workers workers;
    @Autowired
    PersonalDataProtector protector;

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

    private static String hex(String plain) {
        return HexFormat.of().formatHex(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String plain) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8)));
    }
}
