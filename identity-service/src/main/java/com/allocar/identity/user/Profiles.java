package com.allocar.identity.user;

import java.time.LocalDate;
import java.util.UUID;

import com.allocar.identity.api.IdentityEventType;
import com.allocar.identity.api.IdentityEvents;
import com.allocar.identity.events.IdentityEvent;
import com.allocar.identity.storage.ObjectStorage;
import com.allocar.platform.api.ApiException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and editing one's profile; every change is announced as {@code user.updated}. */
@Service
public class Profiles {

    private final UserRepository users;
    private final ObjectStorage storage;
    private final ApplicationEventPublisher events;

    Profiles(UserRepository users, ObjectStorage storage, ApplicationEventPublisher events) {
        this.users = users;
        this.storage = storage;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public User get(UUID id) {
        return users.findById(id).orElseThrow(() -> ApiException.notFound("user", id));
    }

    /** Public profiles exist only for active accounts. */
    @Transactional(readOnly = true)
    public User publicProfile(UUID id) {
        return users.findById(id).filter(User::isActive).orElseThrow(() -> ApiException.notFound("user", id));
    }

    @Transactional
    public User update(UUID id, String firstName, String lastName, Gender gender, LocalDate birthdate) {
        User user = get(id);
        user.rename(firstName, lastName);
        user.describe(gender, birthdate);
        users.saveAndFlush(user);
        announce(user);
        return user;
    }

    /** @return false if there is no such user */
    @Transactional
    public boolean makeDriver(UUID id) {
        return users.findById(id).map(user -> {
            if (!user.isDriver()) {
                user.becomeDriver();
                users.saveAndFlush(user);
                announce(user);
            }
            return true;
        }).orElse(false);
    }

    /** Ratings only accumulate: an older aggregate (fewer ratings) arriving late never overwrites a newer one. */
    @Transactional
    public void recordRating(UUID id, java.math.BigDecimal average, int count) {
        users.findById(id).filter(u -> count >= u.getRatingCount()).ifPresent(u -> {
            u.recordRating(average, count);
            users.saveAndFlush(u);
        });
    }

    public record PhotoUpload(ObjectStorage.SignedUrl upload, String photoUrl) {
    }

    /** The photo URL is set now; the client PUTs the image to the signed URL right after. */
    @Transactional
    public PhotoUpload newPhoto(UUID id, String contentType) {
        User user = get(id);
        String key = "users/" + id + "/photo-" + UUID.randomUUID() + (contentType.equals("image/png") ? ".png" : ".jpg");
        var upload = storage.uploadUrl(storage.properties().publicBucket(), key, contentType);
        user.changePhoto(storage.properties().publicUrl(key));
        users.saveAndFlush(user);
        announce(user);
        return new PhotoUpload(upload, user.getPhotoUrl());
    }

    /** Tells the fleet what the user now is ({@code user.updated}), in the caller's transaction. */
    public void announce(User u) {
        events.publishEvent(new IdentityEvent(IdentityEventType.USER_UPDATED, u.getId(),
                new IdentityEvents.UserUpdated(u.getId(), u.getFirstName(), u.getLastName(),
                        u.getGender() == null ? null : u.getGender().name().toLowerCase(java.util.Locale.ROOT),
                        u.getBirthdate(), u.getPhotoUrl(), u.isDriver(), u.isActive(), u.isDriverHeld())));
    }
}
