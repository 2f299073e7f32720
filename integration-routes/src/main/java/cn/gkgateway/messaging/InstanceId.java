package cn.gkgateway.messaging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/** This gateway instance's name in ledger claims ({@code gk.messaging.instance-id}; default host name, pid and a random suffix). */
@Component
public class InstanceId {

    private final String value;

    public InstanceId(@Value("${gk.messaging.instance-id:}") String configured) {
        this.value = configured == null || configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8)
                : configured;
    }

    public String value() {
        return value.length() > 80 ? value.substring(0, 80) : value;
    }
}
