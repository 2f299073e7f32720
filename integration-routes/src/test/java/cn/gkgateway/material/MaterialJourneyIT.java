package cn.gkgateway.material;

import cn.gkgateway.support.BrowserScripts;
import cn.gkgateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 手机扫码上传 in two browser contexts (e2e/materials.mjs): the PC page shows a slot's QR code, a 375 px
 * phone context opens the link and uploads a photo, and the PC page shows it within two seconds without a
 * reload; the photo is then stored once, as a scan upload, in that slot.
 */
class MaterialJourneyIT extends GatewayIntegrationTest {

    @Autowired
    Materials materials;

    @Test
    void aPhotoFromThePhoneAppearsOnThePcPage() throws Exception {
        MaterialTestSupport support = new MaterialTestSupport(port, api);
        long declarationId = support.returned(login("danwei"), login("zhuguan"), "扫码旅程");
        Path photo = Files.createTempFile("scan-photo", ".jpg");
        Files.write(photo, MaterialTestSupport.photo(1600, 1200));
        try {
            List<String> output = BrowserScripts.run(port, "materials.mjs", Map.of(
                    "DECLARATION_ID", String.valueOf(declarationId), "WORKER_NAME", "扫码旅程", "PHOTO_PATH", photo.toString()));
            long shownAfter = new com.fasterxml.jackson.databind.ObjectMapper().readTree(BrowserScripts.result(output)).path("shownAfterMs").asLong();
            assertThat(shownAfter).as("ms from the phone's upload to the photo on the PC page").isBetween(0L, 1999L);
        } finally {
            Files.deleteIfExists(photo);
        }
        assertThat(materials.findByDeclarationIdOrderByIdAsc(declarationId))
                .singleElement().satisfies(material -> {
                    assertThat(material.getSlotCode()).isEqualTo("ID_CARD");
                    assertThat(material.getVia()).isEqualTo(Material.Via.SCAN);
                    assertThat(material.getWidth()).isEqualTo(1600);
                });
    }
}
