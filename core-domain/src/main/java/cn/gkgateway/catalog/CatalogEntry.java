package cn.gkgateway.catalog;

/** A work type as people search for it. */
public record CatalogEntry(String code, String name, String category, String initials) {
}
