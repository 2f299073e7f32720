package cn.gkgateway.catalog.internal;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;

/**
 * Search keys of a Chinese name: its pinyin initials ({@code byy}) and full pinyin ({@code boyinyuan}).
 * Internal to the catalog: other features search work types through {@code Catalog}.
 */
public record PinyinKeys(String initials, String full) {

    public static PinyinKeys of(String name) {
        String initials = PinyinHelper.toPinyin(name, PinyinStyleEnum.FIRST_LETTER, "");
        String full = PinyinHelper.toPinyin(name, PinyinStyleEnum.NORMAL, "");
        return new PinyinKeys(initials.toLowerCase(), full.toLowerCase());
    }

    public boolean matches(String lowerQuery) {
        return initials.startsWith(lowerQuery) || full.startsWith(lowerQuery) || initials.contains(lowerQuery);
    }
}
