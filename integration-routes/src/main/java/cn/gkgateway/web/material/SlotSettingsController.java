package cn.gkgateway.web.material;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.material.SlotDefinition;
import cn.gkgateway.material.SlotSettings;
import cn.gkgateway.material.SlotSettings.PlanSlots;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** 材料栏目设置: the exam office of a plan's region (or the administrator) sets which materials declarations carry. */
@Tag(name = "材料栏目设置")
@RestController
@RequestMapping("/api/material-slots")
class SlotSettingsController {

    private final SlotSettings settings;

    SlotSettingsController(SlotSettings settings) {
        this.settings = settings;
    }

    record PlanItem(long id, int year, String regionCode, String name) {
    }

    record SlotsRequest(List<SlotDefinition> slots) {
    }

    @Operation(summary = "本机构可设置材料栏目的考评计划")
    @GetMapping("/plans")
    List<PlanItem> plans(Caller caller) {
        return settings.plansOf(caller).stream()
                .map(plan -> new PlanItem(plan.getId(), plan.getYear(), plan.getRegionCode(), plan.getName())).toList();
    }

    @Operation(summary = "计划的材料栏目（未设置时为默认栏目）")
    @GetMapping("/plans/{planId}")
    PlanSlots slots(Caller caller, @PathVariable long planId) {
        return settings.of(caller, planId);
    }

    @Operation(summary = "设置计划的材料栏目（整体替换）")
    @PutMapping("/plans/{planId}")
    PlanSlots replace(Caller caller, @PathVariable long planId, @RequestBody SlotsRequest request) {
        return settings.replace(caller, planId, request == null ? null : request.slots());
    }

    @Operation(summary = "恢复默认材料栏目")
    @DeleteMapping("/plans/{planId}")
    PlanSlots restoreDefaults(Caller caller, @PathVariable long planId) {
        return settings.restoreDefaults(caller, planId);
    }
}
