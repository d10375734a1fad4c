package com.allocar.messaging.chat.web;

import java.util.List;

import com.allocar.messaging.chat.MyConversations;
import com.allocar.messaging.chat.web.MessageViews.ConversationView;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.QuerySpec;
import com.allocar.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "messages", description = "A booking's chat between its passenger and its driver")
class ConversationController {

    private static final QuerySpec LIST = QuerySpec.create();

    private final MyConversations conversations;

    ConversationController(MyConversations conversations) {
        this.conversations = conversations;
    }

    @GetMapping("/api/v1/me/conversations")
    @Operation(summary = "My conversations: one per booking I am a party to, last message and my unread count (paginated)",
            description = "Most recent activity first. page, page_size (max 100).")
    Envelope<List<ConversationView>> mine(CurrentUser user, HttpServletRequest request) {
        PageQuery q = LIST.parse(request.getParameterMap());
        var page = conversations.page(user.id(), q.offset(), q.pageSize());
        return Envelope.page(page.lines().stream().map(ConversationView::of).toList(), q.page(), q.pageSize(), page.total());
    }
}
