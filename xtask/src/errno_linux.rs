//! `errno_linux`: the `#define`s of Linux's `asm-generic/errno-base.h` and `errno.h`, with the
//! messages of glibc's `strerror` from the snapshot `strerror.json` (written by `strerror.py`).
//!
//! `#define EPERM 1 /* … */` is an entry; `#define EWOULDBLOCK EAGAIN` is an alias of the
//! entry it names. The header's comment is the description where it says something else than
//! strerror's message (`ENOTTY`: "Not a typewriter", strerror: "Inappropriate ioctl for
//! device").

use std::path::Path;

use crate::toml_out::{CatalogText, Header};

/// The headers, in the order they define the codes.
const HEADERS: &[&str] = &["errno-base.h", "errno.h"];

/// An error number of the headers.
struct Errno {
    name: String,
    code: i32,
    comment: Option<String>,
    aliases: Vec<String>,
}

pub(crate) fn import(sources: &Path) -> Result<String, String> {
    let mut codes: Vec<Errno> = Vec::new();
    for header in HEADERS {
        let path = sources.join(header);
        let text = crate::read(&path)?;
        for (n, line) in text.lines().enumerate() {
            let Some(define) = line.strip_prefix("#define") else {
                continue;
            };
            let at = |what: &str| format!("{}:{}: {what}", path.display(), n + 1);
            let (define, comment) = match define.split_once("/*") {
                Some((define, comment)) => (
                    define,
                    Some(comment.trim().trim_end_matches("*/").trim().to_owned()),
                ),
                None => (define, None),
            };
            let mut words = define.split_whitespace();
            let (Some(name), Some(value), None) = (words.next(), words.next(), words.next()) else {
                continue; // an include guard
            };
            if let Ok(code) = value.parse() {
                codes.push(Errno {
                    name: name.to_owned(),
                    code,
                    comment,
                    aliases: Vec::new(),
                });
            } else {
                let target = codes
                    .iter_mut()
                    .find(|c| c.name == value)
                    .ok_or_else(|| at(&format!("{name} names {value}, defined nowhere above")))?;
                target.aliases.push(name.to_owned());
            }
        }
    }

    let path = sources.join("strerror.json");
    let at = |what: &str| format!("{}: {what}", path.display());
    let snapshot = crate::read_json(&path)?;
    let libc = snapshot["libc"]
        .as_str()
        .ok_or_else(|| at("no \"libc\" version"))?;

    let mut out = CatalogText::new(&format!(
        "Linux's error numbers (errno), generated from asm-generic/errno-base.h and errno.h\n\
         (linux-libc-dev) with the messages of {libc}'s strerror, all kept in\n\
         catalogs/sources/errno_linux/. Do not edit: run\n\
         `cargo run -p errcodes-xtask -- import errno_linux`.\n\
         \n\
         A #define of one name as another is an alias. The header's comment is the\n\
         description where it differs from strerror's message. The values are Linux's on\n\
         most architectures (asm-generic): Alpha, MIPS, PA-RISC, SPARC and (EDEADLOCK)\n\
         PowerPC number some differently."
    ));
    out.header(&Header {
        type_name: "LinuxErrno",
        title: "Linux error numbers (errno).",
        description: "The error numbers of Linux system calls (asm-generic, which most architectures use), \
         as std::io::Error::raw_os_error returns them, with the C library's strerror messages.",
        vendor: "Linux kernel, with GNU C Library messages",
        source: "https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/include/uapi/asm-generic/errno.h",
        code_type: "i32",
        name_prefix: None,
    });
    for errno in &codes {
        let message = snapshot["strerror"][errno.code.to_string()]
            .as_str()
            .ok_or_else(|| at(&format!("no message for {} ({})", errno.name, errno.code)))?;
        out.array_table("error");
        out.key("name", errno.name.as_str());
        out.key("code", i64::from(errno.code));
        if !errno.aliases.is_empty() {
            out.key("aliases", errno.aliases.as_slice());
        }
        out.key("message.en", message);
        if let Some(comment) = errno.comment.as_deref().filter(|c| *c != message) {
            out.key("description", comment);
        }
    }
    Ok(out.finish())
}
