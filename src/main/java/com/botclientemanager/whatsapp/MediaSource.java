package com.botclientemanager.whatsapp;

/**
 * Downloads the file of a received message (an image or document a client sent) from the provider in use. The body is
 * read with a hard limit: a file over {@code maxBytes} is refused without being read to its end.
 */
public interface MediaSource {

    /**
     * @param providerMessageId the message's id (Evolution finds the media by it)
     * @param mediaId           the provider's media id (Cloud API), may be null for Evolution
     * @throws MediaDownloadException when the file cannot be had; {@link MediaDownloadException#retryable()} says
     *                                whether trying again later may help
     */
    MediaFile download(Provider provider, String providerMessageId, String mediaId, long maxBytes);

    /** The bytes and the type the provider declared (not trusted: check the bytes). */
    record MediaFile(byte[] bytes, String declaredType) {
    }
}
