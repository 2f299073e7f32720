package cn.gkgateway.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the two single-page apps at their folder addresses; the root goes to the console. */
@Controller
class PagesController {

    @GetMapping("/")
    String root() {
        return "redirect:/console/";
    }

    @GetMapping({"/console", "/h5"})
    String withSlash(jakarta.servlet.http.HttpServletRequest request) {
        return "redirect:" + request.getRequestURI() + "/";
    }

    @GetMapping("/console/")
    String console() {
        return "forward:/console/index.html";
    }

    @GetMapping("/h5/")
    String h5() {
        return "forward:/h5/index.html";
    }
}
