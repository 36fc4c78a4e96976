package com.botclientemanager.clients.ui;

import com.vaadin.flow.component.Component;
import java.util.function.IntConsumer;

/**
 * Tells the server when a component's own width crosses one of a few steps (in rem, so a larger font moves them too).
 * The window width alone says nothing about the side navigation being open; a ResizeObserver on the component does.
 */
final class WidthSteps {

    private static final String OBSERVE = """
            const el = this, steps = [%s];
            if (el.__widthSteps) { el.__widthSteps.disconnect(); }
            let last = -1;
            el.__widthSteps = new ResizeObserver(() => {
              const width = el.getBoundingClientRect().width;
              if (width === 0) { return; }
              const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
              const step = steps.filter(s => width >= s * rem).length;
              if (step !== last) {
                last = step;
                el.dispatchEvent(new CustomEvent('width-step', { detail: step }));
              }
            });
            el.__widthSteps.observe(el);""";

    private WidthSteps() {
    }

    /** Calls {@code onStep} with how many of the ascending {@code remSteps} the width reaches (0 to their count). */
    static void follow(Component component, IntConsumer onStep, double... remSteps) {
        component.getElement().addEventListener("width-step", e -> onStep.accept(e.getEventData().get("event.detail").asInt()))
                .addEventData("event.detail");
        component.addAttachListener(e -> observe(component, remSteps));
        if (component.isAttached()) {
            observe(component, remSteps);
        }
    }

    private static void observe(Component component, double[] remSteps) {
        String steps = java.util.Arrays.stream(remSteps).mapToObj(Double::toString)
                .collect(java.util.stream.Collectors.joining(","));
        component.getElement().executeJs(OBSERVE.formatted(steps));
    }
}
