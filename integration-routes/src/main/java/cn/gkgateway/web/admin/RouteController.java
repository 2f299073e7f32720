package cn.gkgateway.web.admin;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.routes.OutboxRelayRoute;
import cn.gkgateway.routes.EventNoticeRoutes;
import cn.gkgateway.routes.SmsDispatchRoute;
import cn.gkgateway.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.camel.CamelContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

/**
 * Pauses and resumes the messaging routes of this instance, for maintenance and benchmarks: with
 * {@code outbox-relay} stopped, events wait in the outbox and go out when it starts again.
 */
@Tag(name = "运维：消息路由")
@RestController
@RequestMapping("/api/admin/routes/{routeId}")
class RouteController {

    private static final Set<String> CONTROLLABLE = Set.of(OutboxRelayRoute.ROUTE_ID, EventNoticeRoutes.REVIEW_ROUTE_ID,
            EventNoticeRoutes.SUBMISSION_ROUTE_ID, SmsDispatchRoute.ROUTE_ID);

    private final CamelContext camel;

    RouteController(CamelContext camel) {
        this.camel = camel;
    }

    record RouteState(String routeId, String status) {
    }

    @Operation(summary = "查看消息路由状态（系统管理员）")
    @GetMapping
    RouteState show(Caller caller, @PathVariable String routeId) {
        check(caller, routeId);
        return state(routeId);
    }

    @Operation(summary = "暂停本实例的消息路由（系统管理员）")
    @PostMapping("/stop")
    RouteState stop(Caller caller, @PathVariable String routeId) throws Exception {
        check(caller, routeId);
        camel.getRouteController().stopRoute(routeId);
        return state(routeId);
    }

    @Operation(summary = "恢复本实例的消息路由（系统管理员）")
    @PostMapping("/start")
    RouteState start(Caller caller, @PathVariable String routeId) throws Exception {
        check(caller, routeId);
        camel.getRouteController().startRoute(routeId);
        return state(routeId);
    }

    private RouteState state(String routeId) {
        return new RouteState(routeId, camel.getRouteController().getRouteStatus(routeId).name());
    }

    private static void check(Caller caller, String routeId) {
        caller.require(Role.ADMIN);
        if (!CONTROLLABLE.contains(routeId)) {
            throw DomainException.notFound("ROUTE_UNKNOWN", "只能暂停或恢复消息路由：" + String.join("、", CONTROLLABLE.stream().sorted().toList()));
        }
    }
}
