//! The anchors a generated type is measured against, written as Rust source from the same
//! checked catalog, so that they always list the same entries:
//!
//! - `hand`: what a careful person writes by hand: an enum and a `#[inline]` `match` per
//!   operation (`const fn` where it can be);
//! - `derive`: the crates people reach for instead: `num_enum` (`FromPrimitive`,
//!   `IntoPrimitive`) and `strum` (`EnumString`, `IntoStaticStr`);
//! - `map`: `std::collections::HashMap`s from code and from name, built once.
//!
//! It also writes the inputs every implementation is fed: all codes and 10% unknown ones, every
//! name, every alias, and the codes as hex and decimal text, each shuffled.

use std::fmt::Write as _;

use errcodes_catalog::{Catalog, Code, CodeType};

use crate::synth::Rng;

/// Rust source for a module holding the anchors and inputs of `catalog`: [`hand()`], [`derive()`]
/// (for catalogs of integer codes; strum alone for string codes), the bit fields by hand for a
/// layout, [`map()`] and [`inputs()`], one after the other.
pub fn module(catalog: &Catalog) -> String {
    let mut out = String::new();
    out.push_str(&hand(catalog));
    if catalog.code_type == CodeType::String {
        out.push_str(&derive_strings(catalog));
    } else {
        out.push_str(&derive(catalog));
    }
    if let Some(layout) = &catalog.layout {
        out.push_str(&fields(layout, int_ty(catalog)));
    }
    out.push_str(&map(catalog));
    out.push_str(&inputs(catalog));
    out
}

/// The Rust type of a catalog of integer codes.
fn int_ty(catalog: &Catalog) -> &'static str {
    catalog.code_type.rust_name()
}

fn lit(code: &Code) -> String {
    match code {
        Code::Int(n) => n.to_string(),
        Code::Text(t) => format!("{t:?}"),
    }
}

fn opt<T: std::fmt::Debug>(value: Option<T>) -> String {
    value.map_or_else(|| "None".to_owned(), |v| format!("Some({v:?})"))
}

/// The hand-written enum: a module `hand` with the enum `Hand` and a `#[inline]` `match` per
/// operation (`from_code`, `code`, `name`, `message`, `message_in`, `group`, `http_status`,
/// `is_retryable`, `from_name`; `FromStr`, `from_hex` and `Display`).
pub fn hand(catalog: &Catalog) -> String {
    let numeric = catalog.code_type != CodeType::String;
    let code_ty = if numeric {
        int_ty(catalog)
    } else {
        "&'static str"
    };
    let mut o = String::new();
    o.push_str("/// The catalog written by hand.\npub mod hand {\n");
    o.push_str("    /// The errors.\n    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\n    pub enum Hand {\n");
    for e in &catalog.entries {
        let _ = writeln!(o, "        /// {}\n        {},", e.name, e.variant);
    }
    if numeric {
        let _ = writeln!(
            o,
            "        /// Any other code.\n        Unknown({code_ty}),"
        );
    }
    o.push_str("    }\n\n    impl Hand {\n");

    // code -> variant
    if numeric {
        let _ = writeln!(o, "        /// The error of `code`.\n        #[inline]\n        #[must_use]\n        pub const fn from_code(code: {code_ty}) -> Self {{\n            match code {{");
        for e in &catalog.entries {
            let _ = writeln!(
                o,
                "                {} => Self::{},",
                lit(&e.code),
                e.variant
            );
        }
        o.push_str("                _ => Self::Unknown(code),\n            }\n        }\n\n");
    } else {
        o.push_str("        /// The error of `code`.\n        #[inline]\n        #[must_use]\n        pub fn from_code(code: &str) -> Option<Self> {\n            Some(match code {\n");
        for e in &catalog.entries {
            let _ = writeln!(
                o,
                "                {} => Self::{},",
                lit(&e.code),
                e.variant
            );
        }
        o.push_str("                _ => return None,\n            })\n        }\n\n");
    }
    // variant -> facts
    let unknown = |value: &str| {
        if numeric {
            format!("                Self::Unknown(_) => {value},\n")
        } else {
            String::new()
        }
    };
    let mut method = |name: &str,
                      ret: &str,
                      value: &dyn Fn(&errcodes_catalog::Entry) -> String,
                      unknown_value: &str| {
        let _ = writeln!(o, "        /// {name}\n        #[inline]\n        #[must_use]\n        pub const fn {name}(self) -> {ret} {{\n            match self {{");
        for e in &catalog.entries {
            let _ = writeln!(o, "                Self::{} => {},", e.variant, value(e));
        }
        o.push_str(&unknown(unknown_value));
        o.push_str("            }\n        }\n\n");
    };
    method(
        "name",
        "Option<&'static str>",
        &|e| format!("Some({:?})", e.name),
        "None",
    );
    // An entry the source gives no message has its name as `message()`, and no message in any
    // locale, as the generated type does.
    let some_without_message = catalog.entries.iter().any(|e| e.messages.is_empty());
    method(
        "message",
        "&'static str",
        &|e| format!("{:?}", e.message(0).unwrap_or(&e.name)),
        "\"An error code that the catalog does not list.\"",
    );
    if some_without_message {
        method(
            "default_message",
            "Option<&'static str>",
            &|e| opt(e.message(0)),
            "None",
        );
    }
    for (l, locale) in catalog.locales.iter().enumerate().skip(1) {
        let tag = locale.replace('-', "_").to_lowercase();
        method(
            &format!("message_{tag}"),
            "Option<&'static str>",
            &|e| opt(e.message(l)),
            "None",
        );
    }
    method(
        "group",
        "Option<&'static str>",
        &|e| opt(e.group.map(|g| &catalog.groups[g].titles[0])),
        "None",
    );
    method(
        "http_status",
        "Option<u16>",
        &|e| opt(e.http_status),
        "None",
    );
    method(
        "is_retryable",
        "bool",
        &|e| e.retryable.to_string(),
        "false",
    );
    if numeric {
        let _ = writeln!(o, "        /// code\n        #[inline]\n        #[must_use]\n        pub const fn code(self) -> {code_ty} {{\n            match self {{");
        for e in &catalog.entries {
            let _ = writeln!(
                o,
                "                Self::{} => {},",
                e.variant,
                lit(&e.code)
            );
        }
        o.push_str("                Self::Unknown(code) => code,\n            }\n        }\n\n");
    } else {
        method("code", "&'static str", &|e| lit(&e.code), "\"\"");
    }

    // The message in a locale: the tag, else the tag without its last subtag.
    o.push_str("        /// The message in `locale`.\n        #[inline]\n        #[must_use]\n        pub fn message_in(self, locale: &str) -> Option<&'static str> {\n            let mut tag = locale;\n            loop {\n                match tag {\n");
    for (l, locale) in catalog.locales.iter().enumerate() {
        if l == 0 && some_without_message {
            let _ = writeln!(
                o,
                "                    {locale:?} => return self.default_message(),"
            );
        } else if l == 0 {
            let _ = writeln!(o, "                    {locale:?} => return Some(self.message()).filter(|_| self.name().is_some()),");
        } else {
            let tag = locale.replace('-', "_").to_lowercase();
            let _ = writeln!(
                o,
                "                    {locale:?} => return self.message_{tag}(),"
            );
        }
    }
    o.push_str("                    _ => tag = &tag[..tag.rfind('-')?],\n                }\n            }\n        }\n\n");

    // name -> variant
    o.push_str("        /// The entry with this name or alias.\n        #[inline]\n        #[must_use]\n        pub fn from_name(name: &str) -> Option<Self> {\n            Some(match name {\n");
    for e in &catalog.entries {
        let mut names = vec![format!("{:?}", e.name)];
        names.extend(e.aliases.iter().map(|a| format!("{:?}", a.name)));
        let _ = writeln!(
            o,
            "                {} => Self::{},",
            names.join(" | "),
            e.variant
        );
    }
    o.push_str("                _ => return None,\n            })\n        }\n    }\n\n");

    if numeric {
        let parse_hex = match code_ty {
            "i32" => "u32::from_str_radix(digits, 16).map(|bits| bits.cast_signed())",
            "u16" => "u16::from_str_radix(digits, 16)",
            _ => "u32::from_str_radix(digits, 16)",
        };
        let _ = writeln!(o, "    impl core::str::FromStr for Hand {{\n        type Err = ();\n        #[inline]\n        fn from_str(text: &str) -> Result<Self, ()> {{\n            if let Some(known) = Self::from_name(text) {{\n                return Ok(known);\n            }}\n            if let Some(digits) = text.strip_prefix(\"0x\").or_else(|| text.strip_prefix(\"0X\")) {{\n                return {parse_hex}.map(Self::from_code).map_err(drop);\n            }}\n            text.parse().map(Self::from_code).map_err(drop)\n        }}\n    }}\n");
        let _ = writeln!(o, "    impl Hand {{\n        /// Parses hex.\n        #[inline]\n        pub fn from_hex(text: &str) -> Result<Self, ()> {{\n            let digits = text.strip_prefix(\"0x\").or_else(|| text.strip_prefix(\"0X\")).unwrap_or(text);\n            {parse_hex}.map(Self::from_code).map_err(drop)\n        }}\n    }}\n");
        let write_code = if catalog.notation == errcodes_catalog::Notation::Hex {
            "\"{:#010X}\""
        } else {
            "\"{}\""
        };
        let without_message = if some_without_message {
            format!("                Some(name) if self.default_message().is_none() => write!(f, \"{{}} (\", name).and_then(|()| write!(f, {write_code}, self.code())).and_then(|()| f.write_str(\")\")),\n")
        } else {
            String::new()
        };
        let _ = writeln!(o, "    impl core::fmt::Display for Hand {{\n        #[inline]\n        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{\n            match self.name() {{\n{without_message}                Some(name) => write!(f, \"{{}} ({{}}, \", self.message(), name).and_then(|()| write!(f, {write_code}, self.code())).and_then(|()| f.write_str(\")\")),\n                None => write!(f, {write_code}, self.code()),\n            }}\n        }}\n    }}\n");
    } else {
        o.push_str("    impl core::fmt::Display for Hand {\n        #[inline]\n        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {\n            write!(f, \"{}: {}\", self.code(), self.message())\n        }\n    }\n");
    }
    o.push_str("}\n\n");
    o
}

/// The enum with `num_enum`'s and `strum`'s derives: a module `derive` with the enum `Derived`.
/// Only for catalogs of integer codes (the derives need a discriminant).
pub fn derive(catalog: &Catalog) -> String {
    let code_ty = int_ty(catalog);
    let mut o = String::new();
    let _ = writeln!(o, "/// The catalog with num_enum and strum.\npub mod derive {{\n    /// The errors.\n    #[derive(Debug, Clone, Copy, PartialEq, Eq, num_enum::FromPrimitive, num_enum::IntoPrimitive, strum::EnumString, strum::IntoStaticStr)]\n    #[repr({code_ty})]\n    pub enum Derived {{");
    for e in &catalog.entries {
        let mut serialize = vec![format!("serialize = {:?}", e.name)];
        serialize.extend(
            e.aliases
                .iter()
                .map(|a| format!("serialize = {:?}", a.name)),
        );
        let _ = writeln!(
            o,
            "        /// {}\n        #[strum({})]\n        {} = {},",
            e.name,
            serialize.join(", "),
            e.variant,
            lit(&e.code)
        );
    }
    // The catch-all needs a discriminant of its own: the first one no entry has.
    let used: std::collections::HashSet<&Code> = catalog.entries.iter().map(|e| &e.code).collect();
    let free = (0_i64..=i64::from(u32::MAX))
        .find(|n| !used.contains(&Code::Int(*n)))
        .unwrap_or(0);
    let _ = writeln!(o, "        /// Any other code.\n        #[num_enum(catch_all)]\n        #[strum(disabled)]\n        Unknown({code_ty}) = {free},\n    }}\n}}\n");
    o
}

/// The enum of a catalog of string codes with `strum`'s `EnumString`, by code.
fn derive_strings(catalog: &Catalog) -> String {
    let mut o = String::new();
    o.push_str("/// The catalog with strum.\npub mod derive {\n    /// The errors.\n    #[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumString, strum::IntoStaticStr)]\n    pub enum Derived {\n");
    for e in &catalog.entries {
        let _ = writeln!(
            o,
            "        /// {}\n        #[strum(serialize = {})]\n        {},",
            e.name,
            lit(&e.code),
            e.variant
        );
    }
    o.push_str("    }\n}\n\n");
    o
}

/// The bit fields of a layout, by hand: a shift, a mask and a `match` per field with values.
/// Codes of type `code_ty` (`u32` or `i32`) are read as their 32 bits, as the generated type
/// reads them.
fn fields(layout: &errcodes_catalog::Layout, code_ty: &str) -> String {
    let mut o = String::new();
    let key = layout.key;
    let _ = writeln!(o, "/// The layout by hand.\n#[allow(dead_code, clippy::all)]\npub mod fields {{\n    /// The key bits of a code.\n    #[inline]\n    #[must_use]\n    pub const fn key(code: {code_ty}) -> {code_ty} {{\n        ((code as u32 >> {}) & {:#X}) as {code_ty}\n    }}\n", key.low, key.max_value());
    for field in &layout.fields {
        let name = &field.name;
        let (low, max) = (field.bits.low, field.bits.max_value());
        if field.values.is_empty() {
            let _ = writeln!(o, "    /// Field `{name}`.\n    #[inline]\n    #[must_use]\n    pub const fn {name}(code: {code_ty}) -> u32 {{\n        (code as u32 >> {low}) & {max:#X}\n    }}\n");
            continue;
        }
        let _ = writeln!(o, "    /// The values of `{name}`.\n    #[derive(Debug, Clone, Copy, PartialEq, Eq)]\n    #[allow(non_camel_case_types)]\n    pub enum {name} {{");
        for v in &field.values {
            let _ = writeln!(o, "        /// {}\n        {},", v.label, v.variant);
        }
        let _ = writeln!(o, "        /// Another value.\n        Other(u32),\n    }}\n\n    /// Field `{name}`.\n    #[inline]\n    #[must_use]\n    pub const fn {name}(code: {code_ty}) -> {name} {{\n        match (code as u32 >> {low}) & {max:#X} {{");
        for v in &field.values {
            let _ = writeln!(o, "            {} => {name}::{},", v.value, v.variant);
        }
        let _ = writeln!(
            o,
            "            other => {name}::Other(other),\n        }}\n    }}\n"
        );
    }
    o.push_str("}\n\n");
    o
}

/// The `HashMap`s: a module `map` with `by_code()` and `by_name()`, over [`hand()`]'s enum.
pub fn map(catalog: &Catalog) -> String {
    let numeric = catalog.code_type != CodeType::String;
    let code_ty = if numeric {
        int_ty(catalog)
    } else {
        "&'static str"
    };
    let mut o = String::new();
    let _ = writeln!(o, "/// The catalog as `HashMap`s, built once.\npub mod map {{\n    use super::hand::Hand;\n    use std::collections::HashMap;\n\n    /// Code to entry.\n    pub fn by_code() -> HashMap<{code_ty}, Hand> {{\n        [");
    for e in &catalog.entries {
        let _ = writeln!(o, "            ({}, Hand::{}),", lit(&e.code), e.variant);
    }
    o.push_str("        ].into_iter().collect()\n    }\n\n    /// Name or alias to entry.\n    pub fn by_name() -> HashMap<&'static str, Hand> {\n        [\n");
    for e in &catalog.entries {
        let _ = writeln!(o, "            ({:?}, Hand::{}),", e.name, e.variant);
        for a in &e.aliases {
            let _ = writeln!(o, "            ({:?}, Hand::{}),", a.name, e.variant);
        }
    }
    o.push_str("        ].into_iter().collect()\n    }\n}\n\n");
    o
}

/// The shuffled inputs: the constants `CODES`, `HEX`, `DECIMAL` (integer codes only), `NAMES`
/// and `ALIASES`.
pub fn inputs(catalog: &Catalog) -> String {
    let mut rng = Rng::new(0xB3C4);
    let mut shuffle = |items: &mut Vec<String>| {
        for i in (1..items.len()).rev() {
            items.swap(i, rng.below(i + 1));
        }
    };
    let mut o = String::new();
    let list = |o: &mut String, name: &str, ty: &str, doc: &str, items: &[String]| {
        let _ = writeln!(
            o,
            "/// {doc}\npub const {name}: &[{ty}] = &[{}];\n",
            items.join(", ")
        );
    };
    let numeric = catalog.code_type != CodeType::String;
    if numeric {
        let code_ty = int_ty(catalog);
        let known: Vec<i64> = catalog
            .entries
            .iter()
            .filter_map(|e| match e.code {
                Code::Int(n) => Some(n),
                Code::Text(_) => None,
            })
            .collect();
        let set: std::collections::HashSet<i64> = known.iter().copied().collect();
        let (lo, hi) = catalog.code_type.range().unwrap_or((0, 0));
        let mut codes: Vec<String> = known.iter().map(i64::to_string).collect();
        // 10% unknown codes, each next to a known one, as a stray code in a log would be.
        let mut extra = 0;
        for step in 1..16 {
            for code in &known {
                let stray = code + step;
                if extra < known.len().div_ceil(10)
                    && (lo..=hi).contains(&stray)
                    && !set.contains(&stray)
                {
                    codes.push(stray.to_string());
                    extra += 1;
                }
            }
        }
        shuffle(&mut codes);
        list(
            &mut o,
            "CODES",
            code_ty,
            "Every code and 10% unknown ones, shuffled.",
            &codes,
        );
        let mut hex: Vec<String> = known
            .iter()
            .map(|n| format!("\"{:#010X}\"", n & 0xFFFF_FFFF))
            .collect();
        shuffle(&mut hex);
        list(
            &mut o,
            "HEX",
            "&str",
            "Every code in hex with 0x, shuffled.",
            &hex,
        );
        let mut dec: Vec<String> = known.iter().map(|n| format!("\"{n}\"")).collect();
        shuffle(&mut dec);
        list(
            &mut o,
            "DECIMAL",
            "&str",
            "Every code in decimal, shuffled.",
            &dec,
        );
    } else {
        let mut codes: Vec<String> = catalog.entries.iter().map(|e| lit(&e.code)).collect();
        shuffle(&mut codes);
        list(&mut o, "CODES", "&str", "Every code, shuffled.", &codes);
    }
    let mut names: Vec<String> = catalog
        .entries
        .iter()
        .map(|e| format!("{:?}", e.name))
        .collect();
    shuffle(&mut names);
    list(
        &mut o,
        "NAMES",
        "&str",
        "Every definition name, shuffled.",
        &names,
    );
    let mut aliases: Vec<String> = catalog
        .entries
        .iter()
        .flat_map(|e| e.aliases.iter().map(|a| format!("{:?}", a.name)))
        .collect();
    shuffle(&mut aliases);
    list(
        &mut o,
        "ALIASES",
        "&str",
        "Every alias, shuffled.",
        &aliases,
    );
    o
}
