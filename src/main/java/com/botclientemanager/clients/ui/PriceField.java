package com.botclientemanager.clients.ui;

import com.botclientemanager.validation.InvalidInputException;
import com.botclientemanager.validation.Money;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;

/**
 * A price typed as text and read by {@link Money#parse}: Vaadin's number field drops the dot of "35.5" in pt-BR and
 * saves 355; here an ambiguous or malformed value is refused under the field instead.
 */
class PriceField extends TextField {

    PriceField(String label) {
        super(label);
        setPrefixComponent(new Span(getTranslation("clients.form.value.prefix")));
        setMaxLength(20);
        addClassName("price-field");
        getElement().setAttribute("inputmode", "decimal");
    }

    /** Shows a price the way this field reads it back ("35,50"). */
    void setPrice(BigDecimal price) {
        setValue(Money.amount(price, getLocale()));
    }

    /** The typed price, {@code null} when blank; marks the field invalid with the reason and throws when refused. */
    BigDecimal price() {
        try {
            BigDecimal price = Money.parse(getValue());
            setInvalid(false);
            return price;
        } catch (InvalidInputException e) {
            setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            setInvalid(true);
            throw e;
        }
    }

    /** For a {@code Binder}: text to price and back, with the refusal as the field's error. */
    Converter<String, BigDecimal> converter() {
        return new Converter<>() {
            @Override
            public Result<BigDecimal> convertToModel(String typed, ValueContext context) {
                try {
                    return Result.ok(Money.parse(typed));
                } catch (InvalidInputException e) {
                    return Result.error(getTranslation(e.messageKey(), e.arguments()));
                }
            }

            @Override
            public String convertToPresentation(BigDecimal price, ValueContext context) {
                return Money.amount(price, getLocale());
            }
        };
    }
}
