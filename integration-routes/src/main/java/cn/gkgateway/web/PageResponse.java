package cn.gkgateway.web;

import org.springframework.data.domain.Page;

import java.util.List;
import java.util.function.Function;

/** A page of results in the API's shape (stable, unlike Spring's own page serialisation). */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
