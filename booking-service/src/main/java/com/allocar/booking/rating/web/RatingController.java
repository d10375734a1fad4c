package com.allocar.booking.rating.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.booking.rating.Rating;
import com.allocar.booking.rating.Ratings;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.QuerySpec;
import com.allocar.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "ratings", description = "Stars between the passenger and the driver of a completed booking")
class RatingController {

    private static final QuerySpec LIST = QuerySpec.create().sortable("created_at", "stars").defaultSort("-created_at");
    private static final Map<String, String> ATTRIBUTES = Map.of("created_at", "createdAt");

    private final Ratings ratings;

    RatingController(Ratings ratings) {
        this.ratings = ratings;
    }

    record Create(@NotNull UUID bookingId, @NotNull UUID toUserId, @NotNull @Min(Rating.MIN_STARS) @Max(Rating.MAX_STARS) Integer stars,
                  @Size(max = 1000) String comment) {
    }

    record RatingView(UUID id, UUID bookingId, UUID fromUserId, UUID toUserId, int stars, String comment, Instant createdAt) {

        static RatingView of(Rating r) {
            return new RatingView(r.getId(), r.getBookingId(), r.getFromUserId(), r.getToUserId(), r.getStars(), r.getComment(),
                    r.getCreatedAt());
        }
    }

    @PostMapping("/ratings")
    @Operation(summary = "Rate the other party of a completed booking (once per direction)",
            description = "403 if not a party; 409 conflict before completion or when already rated; validation_error if "
                    + "to_user_id is not the other party.")
    ResponseEntity<Envelope<RatingView>> rate(CurrentUser user, @Valid @RequestBody Create body) {
        String comment = body.comment() == null || body.comment().isBlank() ? null : body.comment().strip();
        Rating r = ratings.rate(user.id(), body.bookingId(), body.toUserId(), body.stars(), comment);
        return ResponseEntity.status(HttpStatus.CREATED).body(Envelope.of(RatingView.of(r)));
    }

    @GetMapping("/users/{id}/ratings")
    @Operation(summary = "A member's ratings (public, paginated; sort=created_at|stars)")
    Envelope<List<RatingView>> of(@PathVariable UUID id, HttpServletRequest request) {
        PageQuery q = LIST.parse(request.getParameterMap());
        return Envelope.page(ratings.of(id, q.toPageable(ATTRIBUTES)), RatingView::of);
    }
}
