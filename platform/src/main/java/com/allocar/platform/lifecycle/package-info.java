/** Status enums' transition tables and the one refusal they raise (409 conflict {current, allowed}). */
package com.allocar.platform.lifecycle;
