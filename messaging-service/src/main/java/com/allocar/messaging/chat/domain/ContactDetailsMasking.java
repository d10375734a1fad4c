package com.allocar.messaging.chat.domain;

/**
 * Members do not swap contact details in the chat (the platform is how they reach each other, and pay): e-mail
 * addresses, links and phone numbers are masked in a message before it is stored or delivered. The order matters:
 * an address's domain is not a link, and a link's digits ({@code wa.me/225…}) are gone before numbers are searched.
 */
public final class ContactDetailsMasking {

    private final EmailMasking emails = new EmailMasking();
    private final UrlMasking urls = new UrlMasking();
    private final PhoneNumberMasking phones = new PhoneNumberMasking();

    public MaskedText apply(String text) {
        return phones.apply(urls.apply(emails.apply(MaskedText.untouched(text))));
    }
}
