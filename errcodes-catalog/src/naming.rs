//! Rust names from vendor names.

/// The `UpperCamelCase` of a vendor's name: words are split at anything that is not a letter or a
/// digit; a word in capitals is capitalized (`ERROR_HTTP_4XX` → `ErrorHttp4xx`), any other word
/// keeps its letters and gets a capital first one (`networkErrHttp` → `NetworkErrHttp`).
pub fn upper_camel_case(name: &str) -> String {
    if name.is_ascii() {
        ascii_upper_camel_case(name)
    } else {
        unicode_upper_camel_case(name)
    }
}

/// [`upper_camel_case`] of an ASCII name, byte by byte: the same rules without decoding chars
/// or reading case tables. The macro names every entry so, most often unoptimized, and this
/// was a tenth of loading a 10,000-entry catalog.
fn ascii_upper_camel_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.as_bytes().split(|b| !b.is_ascii_alphanumeric()) {
        let Some((first, rest)) = word.split_first() else {
            continue;
        };
        let shouting = !word.iter().any(u8::is_ascii_lowercase);
        out.push(char::from(first.to_ascii_uppercase()));
        for &b in rest {
            out.push(char::from(if shouting {
                b.to_ascii_lowercase()
            } else {
                b
            }));
        }
    }
    out
}

/// [`upper_camel_case`] of any name.
fn unicode_upper_camel_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split(|c: char| !c.is_alphanumeric()) {
        let shouting = !word.chars().any(char::is_lowercase);
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            if shouting {
                out.extend(chars.flat_map(char::to_lowercase));
            } else {
                out.extend(chars);
            }
        }
    }
    out
}

/// The Rust name that `name` gives: the [`upper_camel_case`] of what follows `prefix`, when it
/// starts with `prefix` and more follows (`ERRCODE_UNIQUE_VIOLATION` → `UniqueViolation`).
pub(crate) fn rust_name(name: &str, prefix: Option<&str>) -> String {
    let rest = prefix
        .and_then(|p| name.strip_prefix(p))
        .filter(|rest| !rest.is_empty());
    upper_camel_case(rest.unwrap_or(name))
}

/// Whether `name` is a catalog name: one or more of `a`–`z`, `0`–`9` and `_`.
pub fn is_catalog_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// The file of the catalog that `name_or_path` names, relative to the crate (for the macro) or
/// to the current directory (for the command): a path as it is when it contains `/` or ends in
/// `.toml`, else `catalogs/<name>.toml` for a catalog name; `None` when it is neither.
///
/// ```
/// use errcodes_catalog::catalog_file;
/// assert_eq!(catalog_file("my_api").as_deref(), Some("catalogs/my_api.toml"));
/// assert_eq!(catalog_file("other/api.toml").as_deref(), Some("other/api.toml"));
/// assert_eq!(catalog_file("My API"), None);
/// ```
pub fn catalog_file(name_or_path: &str) -> Option<String> {
    if is_catalog_path(name_or_path) {
        Some(name_or_path.to_owned())
    } else if is_catalog_name(name_or_path) {
        Some(format!("catalogs/{name_or_path}.toml"))
    } else {
        None
    }
}

/// Whether `value` is a path to a catalog rather than a name: it contains `/` or ends in
/// `.toml`, as the user wrote it.
pub fn is_catalog_path(value: &str) -> bool {
    // The documented rule is the literal suffix `.toml`.
    #[allow(clippy::case_sensitive_file_extension_comparisons)]
    let toml = value.ends_with(".toml");
    value.contains('/') || toml
}

/// Why `name` cannot be a variant or type name, if it cannot.
pub(crate) fn ident_problem(name: &str) -> Option<&'static str> {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return Some("is empty");
    };
    if !(unicode_ident::is_xid_start(first) || first == '_') || name == "_" {
        return Some("is not a Rust identifier");
    }
    // The macro asks this of every variant, most often unoptimized: ASCII letters, digits and
    // `_` are XID_Continue without a look at the Unicode tables.
    let ascii = name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if !ascii && !chars.all(unicode_ident::is_xid_continue) {
        return Some("is not a Rust identifier");
    }
    // Every keyword but `Self` starts with a lowercase letter.
    if (first.is_lowercase() || name == "Self") && KEYWORDS.contains(&name) {
        return Some("is a Rust keyword");
    }
    if !first.is_uppercase() || name.contains('_') {
        return Some("is not UpperCamelCase, so rustc would warn about it");
    }
    None
}

/// Whether `name` is a Rust keyword, strict or reserved.
pub(crate) fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// The ASCII path names as the general one does.
        #[test]
        fn ascii_names_as_any(name in "[ -~]{0,24}") {
            prop_assert_eq!(ascii_upper_camel_case(&name), unicode_upper_camel_case(&name));
        }
    }

    #[test]
    fn camel_case() {
        assert_eq!(
            upper_camel_case("ERROR_SERVER_NO_RESPONSE"),
            "ErrorServerNoResponse"
        );
        assert_eq!(
            upper_camel_case("ERROR_NETWORK_HTTP_4XX"),
            "ErrorNetworkHttp4xx"
        );
        assert_eq!(
            upper_camel_case("networkErrHttpUrlNotFound"),
            "NetworkErrHttpUrlNotFound"
        );
        assert_eq!(
            upper_camel_case("OperationDenied.Suspended"),
            "OperationDeniedSuspended"
        );
        assert_eq!(upper_camel_case("__A__B__"), "AB");
        assert_eq!(upper_camel_case("404"), "404");
    }

    #[test]
    fn identifiers() {
        assert_eq!(ident_problem("ErrorA"), None);
        assert_eq!(ident_problem("Ошибка"), None);
        assert_eq!(ident_problem(""), Some("is empty"));
        assert!(ident_problem("404").is_some());
        assert!(ident_problem("Self").is_some());
        assert!(ident_problem("lower").is_some());
        assert!(ident_problem("Has_Underscore").is_some());
        assert!(ident_problem("A-B").is_some());
    }

    #[test]
    fn catalog_names() {
        assert!(is_catalog_name("alibaba_player"));
        assert!(!is_catalog_name("Alibaba"));
        assert!(!is_catalog_name("a-b"));
        assert!(!is_catalog_name(""));
    }
}
