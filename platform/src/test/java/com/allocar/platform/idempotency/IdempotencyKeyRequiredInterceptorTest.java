package com.allocar.platform.idempotency;

import com.allocar.platform.web.GlobalExceptionHandler;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class IdempotencyKeyRequiredInterceptorTest {

    @RestController
    static class Payments {
        @PostMapping("/pay")
        @IdempotencyKeyRequired
        String pay() {
            return "ok";
        }

        @PostMapping("/note")
        String note() {
            return "ok";
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Payments())
            .addInterceptors(new IdempotencyKeyRequiredInterceptor())
            .setControllerAdvice(new GlobalExceptionHandler())
            .build();

    @Test
    void refusesAnnotatedPostsWithoutAKey() throws Exception {
        mvc.perform(post("/pay")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value("validation_error"))
                .andExpect(jsonPath("$.error.details.fields[0].field").value("Idempotency-Key"));
        mvc.perform(post("/pay").header("Idempotency-Key", "k1")).andExpect(status().isOk());
        mvc.perform(post("/note")).andExpect(status().isOk());
    }
}
