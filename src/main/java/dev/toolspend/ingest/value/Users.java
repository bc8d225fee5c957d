package dev.toolspend.ingest.value;

import dev.toolspend.model.Message;

import static dev.toolspend.ingest.header.Field.LOGIN;
import static dev.toolspend.ingest.header.Field.USER;

/** Which cell names the user: an e-mail address when the row has one, else the login. */
public final class Users {

    private Users() {
    }

    public static String of(RowValues row) throws ValueException {
        String user = row.text(USER);
        String login = row.text(LOGIN);
        if (user != null && user.contains("@")) {
            return user;
        }
        if (login != null && login.contains("@")) {
            return login;
        }
        if (login != null) {
            return login;
        }
        if (user != null) {
            return user;
        }
        throw row.invalid(row.has(USER) ? USER : LOGIN, Message.of("value.userBlank"));
    }
}
