package com.botclientemanager;

/** The first day on a 390 px phone. */
class FirstDayPhoneBrowserTest extends FirstDay {

    @Override
    int width() {
        return 390;
    }
}
