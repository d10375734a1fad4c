package com.allocar.messaging.chat.web;

import java.util.List;
import java.util.UUID;

import com.allocar.messaging.api.MessageType;
import com.allocar.messaging.attachment.Attachments;
import com.allocar.messaging.chat.MarkRead;
import com.allocar.messaging.chat.PostMessage;
import com.allocar.messaging.chat.ReadMessages;
import com.allocar.messaging.chat.web.MessageViews.MessageView;
import com.allocar.messaging.chat.web.MessageViews.PostedView;
import com.allocar.messaging.chat.web.MessageViews.ReceiptView;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.QuerySpec;
import com.allocar.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/bookings/{id}/messages")
@Tag(name = "messages", description = "A booking's chat between its passenger and its driver")
class MessageController {

    private static final QuerySpec LIST = QuerySpec.create().extra("before");

    /** @param content the text (1..2000 characters once trimmed), or for an image the object_key of an upload */
    record PostRequest(@NotNull String content, @NotNull MessageType type) {
    }

    record ReadRequest(@NotNull UUID upTo) {
    }

    private final PostMessage post;
    private final ReadMessages read;
    private final MarkRead receipts;
    private final Attachments attachments;

    MessageController(PostMessage post, ReadMessages read, MarkRead receipts, Attachments attachments) {
        this.post = post;
        this.read = read;
        this.receipts = receipts;
        this.attachments = attachments;
    }

    @GetMapping
    @Operation(summary = "A booking's messages, newest first (parties only; paginated)",
            description = "page, page_size (max 100); before=<message id> for infinite scroll. Images come with a signed URL valid 5 minutes.")
    Envelope<List<MessageView>> list(CurrentUser user, @PathVariable UUID id, HttpServletRequest request,
                                     @Parameter(description = "only messages older than this one") @RequestParam(required = false) UUID before) {
        PageQuery q = LIST.parse(request.getParameterMap());
        var page = read.page(id, user.id(), before, q.offset(), q.pageSize());
        return Envelope.page(page.messages().stream().map(m -> MessageView.of(m, user.id(), attachments::viewUrl)).toList(),
                q.page(), q.pageSize(), page.total());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post a message (parties only, while the chat is open)",
            description = "type text | image. Phone numbers, e-mail addresses and links are masked before storage; a proposal to pay outside "
                    + "the platform is stored flagged for moderation. The answer's moderation says both. A cancelled booking's chat, "
                    + "or one whose ride ended more than 7 days ago, answers 409 conflict.")
    Envelope<PostedView> post(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody PostRequest body) {
        return Envelope.of(PostedView.of(post.post(id, user.id(), body.type(), body.content()), attachments::viewUrl));
    }

    @PostMapping("/read")
    @Operation(summary = "Read receipt: I have read this booking's chat up to this message (included)")
    Envelope<ReceiptView> markRead(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ReadRequest body) {
        var r = receipts.upTo(id, user.id(), body.upTo());
        return Envelope.of(new ReceiptView(r.bookingId(), r.upTo(), r.unread()));
    }
}
