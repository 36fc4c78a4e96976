package com.botclientemanager.access;

/** Whether the access data stored can be read with the key in the data dir. */
public enum AccessKeyState {
    /** The key is there, or nothing encrypted is stored yet (the key is created on the first save). */
    READY,
    /** Encrypted values are stored but {@code secret.key} is gone: they cannot be read, and nothing is written over them. */
    KEY_MISSING
}
