//! SQLite result codes, as rusqlite's `ffi::Error::extended_code` or sqlx's SQLite driver give
//! them: an extended code (`SQLITE_CONSTRAINT_UNIQUE`, 2067) carries its primary code
//! (`SQLITE_CONSTRAINT`, 19) in its low 8 bits, so code that only cares about the primary code
//! still works when a later SQLite adds an extended code.
//!
//! Run it with `cargo run --example sqlite_errors`.

errcodes::error_catalog!("sqlite");

/// What an application does about a failed statement, decided on the primary code.
fn advice(error: SqliteError) -> &'static str {
    match error.primary() {
        SqlitePrimary::SqliteBusy | SqlitePrimary::SqliteLocked => "retry the transaction",
        SqlitePrimary::SqliteConstraint => "report the conflict to the user",
        SqlitePrimary::SqliteFull | SqlitePrimary::SqliteIoerr => "check the disk",
        _ => "give up",
    }
}

fn main() {
    // Extended codes as a driver reports them, one a later SQLite might add (`SQLITE_CONSTRAINT` | 99 << 8).
    for code in [2067, 1555, 5, 517, 266, 0x13 | (99 << 8)] {
        let error = SqliteError::from(code);
        println!(
            "{code:>5}: {error}\n       primary {} ({}): {}",
            error.primary().label().unwrap_or("unknown"),
            error.primary().message().unwrap_or("no message"),
            advice(error),
        );
        assert_eq!(i32::from(error), code, "every bit is kept");
    }

    // The typed way to ask "was it a unique violation?", instead of comparing with 2067.
    let error = SqliteError::from(2067);
    assert_eq!(error.kind(), SqliteErrorKind::ConstraintUnique);
    assert_eq!(error.primary(), SqlitePrimary::SqliteConstraint);
    // A name from a log parses back to the same code.
    let parsed: SqliteError = "SQLITE_CONSTRAINT_UNIQUE"
        .parse()
        .expect("a name of the catalog");
    assert_eq!(parsed, error);
}
