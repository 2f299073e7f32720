package cn.gkgateway.web.admin;

import cn.gkgateway.config.GatewayProperties;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.routes.DeadLetters;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.regex.Pattern;

@Tag(name = "运维：死信队列")
@RestController
@RequestMapping("/api/admin/dead-letters/{address}")
class DeadLetterController {

    private static final Pattern GATEWAY_ADDRESS = Pattern.compile("gk\\.[a-z0-9.-]{1,100}");

    private final DeadLetters deadLetters;
    private final GatewayProperties properties;

    DeadLetterController(DeadLetters deadLetters, GatewayProperties properties) {
        this.deadLetters = deadLetters;
        this.properties = properties;
    }

    record DeadLetterCount(String address, int count) {
    }

    record Replayed(String address, int replayed) {
    }

    @Operation(summary = "查看某地址死信队列中的消息数（系统管理员）")
    @GetMapping
    DeadLetterCount count(Caller caller, @PathVariable String address) {
        check(caller, address);
        known(address);
        return new DeadLetterCount(address, deadLetters.count(address));
    }

    @Operation(summary = "故障排除后，将死信消息重新投递到原地址（系统管理员）")
    @PostMapping("/replay")
    Replayed replay(Caller caller, @PathVariable String address) {
        check(caller, address);
        known(address);
        return new Replayed(address, deadLetters.replay(address));
    }

    /** Only the gateway's configured addresses have dead-letter queues; any other is not found (not a broker error). */
    private void known(String address) {
        if (properties.broker().addresses() == null || !properties.broker().addresses().contains(address)) {
            throw DomainException.notFound("DEAD_LETTER_ADDRESS_UNKNOWN", "没有这个消息地址：" + Text.echo(address));
        }
    }

    private static void check(Caller caller, String address) {
        caller.require(Role.ADMIN);
        if (!GATEWAY_ADDRESS.matcher(address).matches()) {
            throw DomainException.invalid("ADDRESS_INVALID", "address", "只能操作本系统的消息地址（以 gk. 开头）");
        }
    }
}
