package cn.gkgateway.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's broker.xml fragment for a standalone Artemis ({@code docs/artemis/broker-gateway.xml})
 * is printed in the README verbatim and matches {@code gk.broker} in application.yml: every
 * gateway address with its dead-letter queue, and the same redelivery settings as the embedded broker.
 */
class BrokerFragmentTest {

    private static final Path FRAGMENT = Path.of("..", "docs", "artemis", "broker-gateway.xml");

    @Test
    void theReadmeShowsTheFragmentVerbatim() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).contains(Files.readString(FRAGMENT).strip());
    }

    @Test
    void everyGatewayAddressHasItsQueueAndDeadLetterQueue() throws Exception {
        GatewayProperties.Broker broker = brokerSettings();
        Document fragment = parse();
        List<String> addresses = new ArrayList<>();
        List<String> deadLetterQueues = new ArrayList<>();
        for (Element address : elements(fragment, "address")) {
            String name = address.getAttribute("name");
            if ("DLA".equals(name)) {
                for (Element queue : elements(address, "queue")) {
                    deadLetterQueues.add(queue.getAttribute("name") + " " + elements(queue, "filter").get(0).getAttribute("string"));
                }
            } else {
                addresses.add(name + " " + elements(address, "queue").get(0).getAttribute("name"));
            }
        }
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(broker.addresses().stream().map(a -> a + " " + a).toList());
        assertThat(deadLetterQueues).containsExactlyInAnyOrderElementsOf(
                broker.addresses().stream().map(a -> "DLQ." + a + " _AMQ_ORIG_ADDRESS='" + a + "'").toList());
    }

    @Test
    void redeliveryMatchesTheEmbeddedBroker() throws Exception {
        GatewayProperties.Broker broker = brokerSettings();
        Element setting = elements(parse(), "address-setting").get(0);
        assertThat(setting.getAttribute("match")).isEqualTo("gk.#");
        assertThat(text(setting, "dead-letter-address")).isEqualTo(BrokerConfiguration.DEAD_LETTER_ADDRESS);
        assertThat(Integer.parseInt(text(setting, "max-delivery-attempts"))).isEqualTo(broker.maxDeliveryAttempts());
        assertThat(Long.parseLong(text(setting, "redelivery-delay"))).isEqualTo(broker.redeliveryDelay());
        assertThat(Double.parseDouble(text(setting, "redelivery-delay-multiplier"))).isEqualTo(broker.redeliveryMultiplier());
        assertThat(Long.parseLong(text(setting, "max-redelivery-delay"))).isEqualTo(broker.maxRedeliveryDelay());
    }

    private static GatewayProperties.Broker brokerSettings() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(source -> environment.getPropertySources().addLast(source));
        return new Binder(ConfigurationPropertySources.get(environment)).bind("gk.broker", Bindable.of(GatewayProperties.Broker.class)).get();
    }

    private static Document parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(FRAGMENT.toFile());
    }

    private static List<Element> elements(Object parent, String name) {
        var nodes = parent instanceof Document document ? document.getElementsByTagNameNS("*", name) : ((Element) parent).getElementsByTagNameNS("*", name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static String text(Element parent, String name) {
        return elements(parent, name).get(0).getTextContent().strip();
    }
}
