package com.botclientemanager;

/** The first day on a 1280 px desktop with the side nav open. */
class FirstDayDesktopBrowserTest extends FirstDay {

    @Override
    int width() {
        return 1280;
    }
}
