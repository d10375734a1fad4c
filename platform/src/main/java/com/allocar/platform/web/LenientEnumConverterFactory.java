package com.allocar.platform.web;

import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/** Query parameters carry enums in lower case ({@code role=driver}); Java constants are upper case. */
@SuppressWarnings({"rawtypes", "unchecked"})
final class LenientEnumConverterFactory implements ConverterFactory<String, Enum> {

    @Override
    public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
        return source -> source.isBlank() ? null : (T) Enum.valueOf(targetType, source.trim().toUpperCase(Locale.ROOT));
    }
}
