//! SQLSTATE codes, as PostgreSQL drivers report them: sqlx's `DatabaseError::code()` and
//! tokio-postgres' `DbError::code()` give the five characters of the server's error, and the
//! `sqlstate` catalog tells a unique violation from a deadlock without a table of your own.
//!
//! Run it with `cargo run --example sqlstate_errors`.

errcodes::error_catalog!("sqlstate");

/// An error from the database, as a driver gives it: the server's SQLSTATE and message.
struct DatabaseError {
    code: Option<&'static str>,
    message: &'static str,
}

/// What an insert should do about an error.
#[derive(Debug, PartialEq)]
enum Outcome {
    /// The row exists: tell the user, do not retry.
    AlreadyExists,
    /// The transaction lost a race: run it again.
    Retry,
    /// The data breaks another constraint.
    Invalid(&'static str),
    /// Anything else goes up.
    Fail,
}

fn on_insert_error(error: &DatabaseError) -> Outcome {
    let Some(state) = error.code.and_then(SqlState::from_code) else {
        return Outcome::Fail;
    };
    match state {
        SqlState::UniqueViolation => Outcome::AlreadyExists,
        // Condition names are aliases: their constants can be matched like the variants.
        SqlState::SerializationFailure | SqlState::DeadlockDetected => Outcome::Retry,
        // The class is the first two characters, and the group.
        _ if state.code().starts_with("23") => Outcome::Invalid(state.name().unwrap_or("")),
        _ => Outcome::Fail,
    }
}

fn main() {
    let errors = [
        DatabaseError {
            code: Some("23505"),
            message: "duplicate key value violates unique constraint \"users_email_key\"",
        },
        DatabaseError {
            code: Some("40001"),
            message: "could not serialize access due to concurrent update",
        },
        DatabaseError {
            code: Some("23503"),
            message: "insert or update on table \"orders\" violates foreign key constraint",
        },
        DatabaseError {
            code: Some("57P01"),
            message: "terminating connection due to administrator command",
        },
        DatabaseError {
            code: Some("ZZ999"),
            message: "a state this catalog does not list",
        },
    ];
    for error in &errors {
        let outcome = on_insert_error(error);
        match error.code.and_then(SqlState::from_code) {
            Some(state) => println!(
                "{state} [{}]: {} -> {outcome:?}",
                state.group().unwrap_or_default(),
                error.message
            ),
            None => println!(
                "unlisted {:?}: {} -> {outcome:?}",
                error.code, error.message
            ),
        }
    }
    assert_eq!(on_insert_error(&errors[0]), Outcome::AlreadyExists);
    assert_eq!(on_insert_error(&errors[1]), Outcome::Retry);

    // The condition names of PL/pgSQL parse too, and the name is the C macro's.
    let state: SqlState = "unique_violation".parse().expect("a condition name");
    assert_eq!(state.code(), "23505");
    assert_eq!(state.name(), Some("ERRCODE_UNIQUE_VIOLATION"));
}
