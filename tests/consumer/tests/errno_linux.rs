//! Every `#define` of Linux's `asm-generic/errno-base.h` and `errno.h`
//! (`catalogs/sources/errno_linux/`) against `LinuxErrno`, with the messages of the snapshot of
//! glibc's `strerror`; and, on a glibc system, against the running C library's own.

mod pages;

use errcodes_consumer::LinuxErrno;
use pages::{read, Failures};

#[test]
fn every_define() {
    let strerror: serde_json::Value =
        serde_json::from_str(&read("errno_linux/strerror.json")).expect("JSON");
    let mut failures = Failures::default();
    let mut entries = 0;
    for header in ["errno-base.h", "errno.h"] {
        let text = read(&format!("errno_linux/{header}"));
        for (n, line) in text.lines().enumerate() {
            let at = format!("{header}:{}", n + 1);
            let words: Vec<&str> = line.split_whitespace().collect();
            let ["#define", name, value, ref rest @ ..] = words[..] else {
                continue;
            };
            let Some(e) = LinuxErrno::from_name(name) else {
                failures.check(&at, &format!("{name} is not a name of the catalog"), false);
                continue;
            };
            if let Ok(code) = value.parse::<i32>() {
                entries += 1;
                failures.eq(&at, "name", e.name(), Some(name));
                failures.eq(&at, "code", e.code(), code);
                failures.eq(&at, "from", LinuxErrno::from(code), e);
                let message = strerror["strerror"][value].as_str().expect("a message");
                failures.eq(&at, "message", e.message(), message);
                // The header's comment, where it says something else.
                let comment = rest
                    .strip_prefix(&["/*"])
                    .and_then(|r| r.strip_suffix(&["*/"]))
                    .map(|words| words.join(" "));
                let description = comment.filter(|c| c != message);
                failures.eq(&at, "description", e.description(), description.as_deref());
            } else {
                // An alias: `#define EWOULDBLOCK EAGAIN`.
                failures.eq(&at, "alias", Some(e), LinuxErrno::from_name(value));
                failures.check(
                    &at,
                    "an alias keeps the entry's name",
                    e.name() != Some(name),
                );
            }
        }
    }
    failures.eq("headers", "entries", LinuxErrno::ALL.len(), entries);
    failures.finish("the errno headers");
    assert_eq!(LinuxErrno::Ewouldblock, LinuxErrno::Eagain);
    assert_eq!(LinuxErrno::Edeadlock, LinuxErrno::Edeadlk);
}

/// The snapshot is what the C library this runs on says: `std::io::Error` formats an OS error
/// with `strerror_r`.
#[test]
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn messages_are_the_c_library_s() {
    let mut failures = Failures::default();
    for e in LinuxErrno::ALL {
        let os = std::io::Error::from_raw_os_error(e.code()).to_string();
        let expected = format!("{} (os error {})", e.message(), e.code());
        failures.eq(e.name().unwrap_or_default(), "strerror", os, expected);
    }
    failures.finish("strerror");
}
