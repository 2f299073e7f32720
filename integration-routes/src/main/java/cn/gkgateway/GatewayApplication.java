package cn.gkgateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 工考网关: web API, Camel routes and the pages, in one Spring Boot application. */
@SpringBootApplication
public class GatewayApplication {

    static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    public static void main(String[] args) {
        commonPoolOfAtLeastTwo();
        SpringApplication.run(GatewayApplication.class, args);
    }

    /**
     * On a machine with fewer than three cores the JDK sizes its common pool to one thread, and then
     * every {@code CompletableFuture} "async" step starts a new thread — the JDK HTTP client takes
     * one such step per response, so each SMS sent would cost a thread start. Two threads avoid it.
     * Must run before anything uses {@code CompletableFuture}; an explicit setting is left alone.
     */
    static void commonPoolOfAtLeastTwo() {
        if (System.getProperty(COMMON_POOL_PARALLELISM) == null && Runtime.getRuntime().availableProcessors() < 3) {
            System.setProperty(COMMON_POOL_PARALLELISM, "2");
        }
    }
}
