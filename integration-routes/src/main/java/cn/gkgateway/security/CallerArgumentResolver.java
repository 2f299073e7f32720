package cn.gkgateway.security;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.shared.DomainException;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller method take the signed-in {@link Caller} as a parameter. */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "AUTH_REQUIRED", "请先登录");
        }
        try {
            return TokenService.callerOf(jwt);
        } catch (RuntimeException e) {
            // a validly signed token whose claims do not make a caller (unknown role, no uid): not signed in
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "AUTH_TOKEN_INVALID", "登录信息无效，请重新登录");
        }
    }
}
