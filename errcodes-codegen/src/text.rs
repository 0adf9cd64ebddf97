//! The long lists of the generated code (an element, an arm or a variant per entry) written as
//! text, then made tokens in one step.
//!
//! Inside the compiler every token a proc macro makes goes through `proc_macro`'s bridge, and
//! cargo builds the macro and its dependencies unoptimized unless the user's profile says
//! otherwise, in release builds too. A 10,000-entry catalog expanded to about 640,000 token
//! trees, nearly all of them in these lists. Written into a `String` handed to
//! `TokenStream::from_str`, which rustc's own (optimized) lexer runs, rather than made one by
//! one with `quote!`, they took rustc's `expand_crate` of a debug touch-rebuild from 0.70 s to
//! 0.57 s (`scripts/time-passes.sh`; docs/BENCHMARKS.md, "Expansion written as text").
//! Everything else is still written with `quote!`, where it reads better; the tokens made from
//! text have the call site's span, as `quote!`'s have.
//!
//! Lists of numbers, and of places in a list of texts, are not even tokens each: they are the
//! bytes of one byte-string literal ([`Bytes`], [`decoded`]) that a `const fn` of the runtime
//! reads at compile time. With them the 10,000-entry catalog expands to about 380,000 token
//! trees (docs/BENCHMARKS.md, "What changed", 2026-12-06).

// The compiler's own token streams, which `proc_macro2` wraps (this is how it reaches them too).
extern crate proc_macro;

use std::fmt::Write as _;

use errcodes_catalog::Code;
use proc_macro2::TokenStream;
use quote::quote;

/// A value the generated code spells as a literal or a path.
pub(crate) trait Spell {
    /// Appends the value as code to `out`.
    fn spell(&self, out: &mut String);
}

impl Spell for str {
    /// A raw string literal, `r"…"` with as many `#`s as the text needs, which takes the
    /// text as it is, where `{:?}` of a `str` escapes it char by char and the lexer reads the
    /// escapes back. A text with an ASCII control character but a
    /// newline is escaped with `{:?}`, which gives a valid Rust literal too: no raw literal may
    /// hold a carriage return, and a tab or a NUL reads better as `\t` or `\0` in the
    /// expanded code. Both read back as the text (tested below).
    fn spell(&self, out: &mut String) {
        // One pass over the bytes (this runs on every text of the catalog, in a macro that is
        // most often unoptimized): the `#`s the literal needs are one more than the longest
        // run of them after a quote, and none without a quote.
        let mut hashes = 0;
        let mut run: Option<usize> = None;
        for &b in self.as_bytes() {
            match b {
                b'"' => {
                    run = Some(0);
                    hashes = hashes.max(1);
                }
                b'#' => {
                    if let Some(run) = &mut run {
                        *run += 1;
                        hashes = hashes.max(*run + 1);
                    }
                }
                b'\n' => run = None,
                _ if b < b' ' || b == 0x7f => {
                    // Writing into a `String` cannot fail.
                    let _ = write!(out, "{self:?}");
                    return;
                }
                _ => run = None,
            }
        }
        out.push('r');
        out.extend(std::iter::repeat_n('#', hashes));
        out.push('"');
        out.push_str(self);
        out.push('"');
        out.extend(std::iter::repeat_n('#', hashes));
    }
}

impl Spell for String {
    fn spell(&self, out: &mut String) {
        self.as_str().spell(out);
    }
}

impl<T: Spell + ?Sized> Spell for &T {
    fn spell(&self, out: &mut String) {
        (**self).spell(out);
    }
}

/// Integers and `bool`s are written unsuffixed, so that they take the type of their table.
macro_rules! plain {
    ($($t:ty),*) => {$(
        impl Spell for $t {
            fn spell(&self, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}
plain!(bool, u16, u32, u64, usize, i64);

/// A code: an integer unsuffixed, so that it takes the type of its table, or a string.
impl Spell for Code {
    fn spell(&self, out: &mut String) {
        match self {
            Self::Int(n) => n.spell(out),
            Self::Text(text) => text.spell(out),
        }
    }
}

/// Bytes as a byte string literal, `b"…"`: one token, where an array of them is two per byte
/// (each with a comma) for the lexer and the compiler to go through.
pub(crate) struct Bytes<'a>(pub(crate) &'a [u8]);

impl Spell for Bytes<'_> {
    fn spell(&self, out: &mut String) {
        out.push_str("b\"");
        for &b in self.0 {
            match b {
                b'"' | b'\\' => {
                    out.push('\\');
                    out.push(char::from(b));
                }
                b' '..=b'~' => out.push(char::from(b)),
                0 => out.push_str("\\0"),
                _ => {
                    let _ = write!(out, "\\x{b:02x}");
                }
            }
        }
        out.push('"');
    }
}

/// A value that generated code reads from a byte string at compile time (see [`decoded`]).
pub(crate) trait Decode: Copy {
    /// The runtime's `const fn` that reads a byte string of them.
    const DECODER: &'static str;
    /// Appends the value's little-endian bytes.
    fn push_le(self, bytes: &mut Vec<u8>);
}

macro_rules! decode {
    ($($t:ty => $decoder:literal),*) => {$(
        impl Decode for $t {
            const DECODER: &'static str = $decoder;
            fn push_le(self, bytes: &mut Vec<u8>) {
                bytes.extend_from_slice(&self.to_le_bytes());
            }
        }
    )*};
}
decode!(u16 => "u16s", u32 => "u32s", i32 => "i32s");

impl Decode for bool {
    const DECODER: &'static str = "bools";
    fn push_le(self, bytes: &mut Vec<u8>) {
        bytes.push(u8::from(self));
    }
}

/// How many `values` there are, and their little-endian bytes, one after the other.
pub(crate) fn le_bytes<T: Decode>(values: impl IntoIterator<Item = T>) -> (usize, Vec<u8>) {
    let mut bytes = Vec::new();
    let mut len = 0;
    for value in values {
        value.push_le(&mut bytes);
        len += 1;
    }
    (len, bytes)
}

/// An expression of type `[T; N]` for the `N` `values`: one byte string of their
/// little-endian bytes, which the runtime's `T::DECODER` reads at compile time, where an array
/// would be two tokens per value.
pub(crate) fn decoded<T: Decode>(values: impl IntoIterator<Item = T>) -> TokenStream {
    let (len, bytes) = le_bytes(values);
    written(|out| {
        let _ = write!(out, "__e::{}::<{len}>(", T::DECODER);
        Bytes(&bytes).spell(out);
        out.push(')');
    })
}

/// A variant by its type's name, `E::V` (which rustc resolves by name, where it finds
/// `Self::V` by a walk over the variants).
pub(crate) struct VariantPath<'a>(pub(crate) &'a str, pub(crate) &'a str);

impl Spell for VariantPath<'_> {
    fn spell(&self, out: &mut String) {
        out.push_str(self.0);
        out.push_str("::");
        out.push_str(self.1);
    }
}

/// `items`, each followed by a comma, as tokens (to go between the brackets of an array).
pub(crate) fn list<T: Spell>(items: impl IntoIterator<Item = T>) -> TokenStream {
    let mut out = String::new();
    for item in items {
        item.spell(&mut out);
        out.push(',');
    }
    tokens(&out)
}

/// What `write` appends to a `String`, as tokens: for code of many parts per entry, such as
/// the arms of a `match` or the variants of the enum.
pub(crate) fn written(write: impl FnOnce(&mut String)) -> TokenStream {
    let mut out = String::new();
    write(&mut out);
    tokens(&out)
}

/// `text` as tokens; the text is errcodes' own, so a failure is a bug of errcodes, reported as
/// such rather than as a panic.
fn tokens(text: &str) -> TokenStream {
    let bug = || {
        quote!(::core::compile_error!(
            "errcodes wrote code it cannot read back: please report this bug"
        ))
    };
    if proc_macro::is_available() {
        // Inside the compiler, straight to rustc's lexer: `proc_macro2`'s `from_str` first
        // checks the text with its own lexer, which runs unoptimized as the macro does and
        // took longer than the tokens it replaces. rustc panics rather than fail on some bad
        // text, so a panic is caught as `proc_macro2` catches it.
        return match std::panic::catch_unwind(|| text.parse::<proc_macro::TokenStream>()) {
            Ok(Ok(tokens)) => tokens.into(),
            _ => bug(),
        };
    }
    text.parse().unwrap_or_else(|_| bug())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// Any string, written as a literal, reads back as itself: any at all, and strings
        /// made of what raw literals and escapes have to take care of.
        #[test]
        fn strings_read_back(text in prop_oneof![any::<String>(), "[\"#r\\\\\r\n\t\0a]{0,12}"]) {
            let first = list([text.as_str()]).into_iter().next().unwrap();
            let literal: syn::LitStr = syn::parse2(first.into()).unwrap();
            prop_assert_eq!(literal.value(), text);
        }
    }

    proptest! {
        /// Any bytes, written as a byte string, read back as themselves.
        #[test]
        fn bytes_read_back(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
            let tokens = written(|out| Bytes(&bytes).spell(out));
            let literal: syn::LitByteStr = syn::parse2(tokens).unwrap();
            prop_assert_eq!(literal.value(), bytes);
        }
    }

    #[test]
    fn writes_each_kind_of_value() {
        let tokens = list(["a\"b\\c\n", "a\"#b", "c\r"]);
        assert_eq!(
            tokens.to_string(),
            "r#\"a\"b\\c\n\"# , r##\"a\"#b\"## , \"c\\r\" ,"
        );
        assert_eq!(
            written(|out| Bytes(b"a\0\x01\"\\").spell(out)).to_string(),
            "b\"a\\0\\x01\\\"\\\\\""
        );
        assert_eq!(list([1_u32, 20]).to_string(), "1 , 20 ,");
        assert_eq!(list([-5_i64]).to_string(), "- 5 ,");
        assert_eq!(list([true]).to_string(), "true ,");
        assert_eq!(list([VariantPath("E", "A")]).to_string(), "E :: A ,");
        assert_eq!(
            list([Code::Int(-1), Code::Text("A".into())]).to_string(),
            "- 1 , r\"A\" ,"
        );
    }

    #[test]
    fn bad_text_is_a_compile_error_not_a_panic() {
        let tokens = written(|out| out.push_str("\"unterminated"));
        assert!(tokens.to_string().contains("compile_error"), "{tokens}");
    }
}
