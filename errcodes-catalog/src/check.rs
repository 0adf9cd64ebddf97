//! Rules that relate parts of a catalog to each other: unique names, codes, variants and group
//! ids, and names that Rust accepts.

use std::collections::HashMap;
use std::ops::Range;

use crate::diag::Lines;
use crate::model::{Catalog, Code, Layout};
use crate::naming::ident_problem;
use crate::{Diagnostic, Source};

/// Names in the associated namespace of every generated enum (the kind enum of a layout too),
/// which a variant or an alias's constant must not take, and what has them. A variant named
/// like an associated type makes `Self::Err` ambiguous, in generated code and in the user's.
const RESERVED: &[(&str, &str)] = &[
    ("Unknown", "the variant for codes the catalog does not list"),
    ("ALL", "the constant that lists the entries"),
    ("Err", "the error type of FromStr"),
    (
        "Error",
        "the error type of TryFrom, which every type implements",
    ),
    ("Code", "the code type of errcodes::ErrorCode"),
    ("LOCALES", "the locales constant of errcodes::ErrorCode"),
];

/// Names in the associated namespace of a layout field's enum, which a label must not give.
const RESERVED_IN_FIELDS: &[(&str, &str)] = &[
    ("Other", "the variant for values without a label"),
    ("ALL", "the constant that lists the values"),
    (
        "Error",
        "the error type of TryFrom, which every type implements",
    ),
];

/// What has `name`, if it is one of `reserved`.
fn reserved_for(reserved: &[(&str, &'static str)], name: &str) -> Option<&'static str> {
    reserved
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, what)| *what)
}

/// Methods of a generated type with a layout, which a field's accessor must not shadow.
const METHODS: &[&str] = &[
    "code",
    "from_code",
    "from_hex",
    "from_kind",
    "from_name",
    "kind",
    "name",
    "message",
    "message_in",
    "group",
    "is_known",
    "http_status",
    "is_retryable",
    "description",
    "entry",
];

pub(crate) fn catalog(source: &Source<'_>, catalog: &Catalog, errors: &mut Vec<Diagnostic>) {
    // Messages name the place of a first use: find those places in one pass over the text.
    let lines = Lines::new(source.text);
    if let Some(layout) = &catalog.layout {
        check_layout(&lines, catalog, layout, errors);
    }
    // A type name that was missing is reported as such, and left empty at an empty span.
    let missing = catalog.type_name.is_empty() && catalog.type_name_span.is_empty();
    let problem = ident_problem(&catalog.type_name).filter(|_| !missing);
    if catalog.type_name.is_empty() && !missing {
        errors.push(
            Diagnostic::new(catalog.type_name_span.clone(), "type_name is empty")
                .with_help("write an UpperCamelCase Rust name such as MyApiError"),
        );
    } else if let Some(problem) = problem {
        errors.push(
            Diagnostic::new(
                catalog.type_name_span.clone(),
                format!("type_name `{}` {problem}", catalog.type_name),
            )
            .with_help("write an UpperCamelCase Rust name such as MyApiError"),
        );
    }

    let mut group_ids: HashMap<&str, &Range<usize>> = HashMap::new();
    for group in &catalog.groups {
        let first = *group_ids.entry(&group.id).or_insert(&group.id_span);
        if first != &group.id_span {
            errors.push(
                Diagnostic::new(
                    group.id_span.clone(),
                    format!(
                        "duplicate group id `{}` (first defined at {})",
                        group.id,
                        lines.at(first.start)
                    ),
                )
                .with_help("give each [[group]] its own id"),
            );
        }
    }

    // Names and aliases share one namespace: each must say which entry it means.
    let mut names: HashMap<&str, &Range<usize>> = HashMap::new();
    let mut codes: HashMap<&Code, (&str, &Range<usize>)> = HashMap::new();
    // Variants and alias constants share the associated namespace of the type.
    let mut variants: HashMap<&str, (&str, &Range<usize>)> = HashMap::new();

    for entry in &catalog.entries {
        let all_names = std::iter::once((&entry.name, &entry.name_span))
            .chain(entry.aliases.iter().map(|a| (&a.name, &a.span)));
        let mut duplicate_names = Vec::new();
        for (name, span) in all_names {
            let first = *names.entry(name).or_insert(span);
            if first == &entry.name_span && span != first {
                duplicate_names.push(name);
                errors.push(
                    Diagnostic::new(
                        span.clone(),
                        format!("alias {name} is the entry's own name"),
                    )
                    .with_help("remove the alias"),
                );
            } else if first != span {
                duplicate_names.push(name);
                errors.push(
                    Diagnostic::new(
                        span.clone(),
                        format!(
                            "duplicate name {name} (first used at {})",
                            lines.at(first.start)
                        ),
                    )
                    .with_help("names and aliases must be unique: rename one, or remove it"),
                );
            }
        }

        let (first, at) = *codes
            .entry(&entry.code)
            .or_insert((&entry.name, &entry.code_span));
        if at != &entry.code_span {
            errors.push(
                Diagnostic::new(
                    entry.code_span.clone(),
                    format!(
                        "duplicate code {} ({}; {first} has it at {})",
                        catalog.format_code(entry),
                        entry.name,
                        lines.at(at.start),
                    ),
                )
                .with_help(format!(
                    "declare one an alias of the other, with aliases = [\"{}\"] on {first}",
                    entry.name
                )),
            );
        }

        // The variant, from `variant` or else from the name; then each alias's constant.
        let derived = entry.variant_span == entry.name_span;
        let idents = std::iter::once((&entry.variant, &entry.name, &entry.variant_span, None))
            .chain(
                entry
                    .aliases
                    .iter()
                    // An alias that gives the entry's own variant needs no constant.
                    .filter(|a| a.constant != entry.variant)
                    .map(|a| (&a.constant, &a.name, &a.span, Some(&entry.name))),
            );
        for (ident, name, span, alias_of) in idents {
            let who = |name: &str| match alias_of {
                Some(_) => format!("alias {name}"),
                None => name.to_owned(),
            };
            if duplicate_names.contains(&name) {
                // Already reported as a duplicate name, which gives a duplicate variant too.
                continue;
            }
            if let Some(problem) = ident_problem(ident) {
                let what = if ident.is_empty() && (derived || alias_of.is_some()) {
                    format!("{name:?} has no letter or digit, so it gives no Rust name")
                } else {
                    format!(
                        "{} gives the Rust name `{ident}`, which {problem}",
                        who(name)
                    )
                };
                let advice = match alias_of {
                    Some(entry_name) => alias_advice(name, entry_name),
                    None => "set variant = \"…\" to an UpperCamelCase name".to_owned(),
                };
                errors.push(Diagnostic::new(span.clone(), what).with_help(advice));
            } else if let Some(what) = reserved_for(RESERVED, ident) {
                let advice = match alias_of {
                    Some(entry_name) => alias_advice(name, entry_name),
                    None => "set variant = \"…\" to another name".to_owned(),
                };
                errors.push(
                    Diagnostic::new(
                        span.clone(),
                        format!(
                            "{} gives the Rust name `{ident}`, which the generated type has \
                         already ({what})",
                            who(name)
                        ),
                    )
                    .with_help(advice),
                );
            } else {
                let (first, at) = *variants.entry(ident).or_insert((name, span));
                if at != span {
                    errors.push(
                        Diagnostic::new(
                            span.clone(),
                            format!(
                                "{name} and {first} (at {}) both give the Rust name `{ident}`",
                                lines.at(at.start)
                            ),
                        )
                        .with_help("set variant = \"…\" on one of them"),
                    );
                }
            }
        }
    }
}

/// What to do about an alias whose constant cannot be: the constant is always named after the
/// alias, so the alias must go, or trade places with the entry's name, whose variant can be set.
fn alias_advice(alias: &str, entry_name: &str) -> String {
    format!(
        "an alias's constant is named after the alias, so remove the alias, or make {alias:?} \
         the entry's name (with variant = \"…\") and list {entry_name:?} in its aliases"
    )
}

fn check_layout(
    lines: &Lines<'_>,
    catalog: &Catalog,
    layout: &Layout,
    errors: &mut Vec<Diagnostic>,
) {
    let key = layout.key;
    for entry in &catalog.entries {
        if let Code::Int(code) = entry.code {
            // An `i32` code is its 32 bits, as `0x80070005` is written for -2147024891.
            let bits = if catalog.code_type == crate::CodeType::I32 {
                code & 0xFFFF_FFFF
            } else {
                code
            };
            if u64::try_from(bits).map_or(true, |c| c > key.max_value()) {
                errors.push(
                    Diagnostic::new(
                        entry.code_span.clone(),
                        format!(
                            "code of {} is not a value of the key bits {} to {} (0 to {:#X})",
                            entry.name,
                            key.high,
                            key.low,
                            key.max_value()
                        ),
                    )
                    .with_help(
                        "with a [layout], an entry's code is the value of the key bits only",
                    ),
                );
            }
        }
    }
    let mut names: HashMap<&str, &Range<usize>> = HashMap::new();
    let kind = format!("{}Kind", catalog.type_name);
    let mut type_names: HashMap<&str, &str> = HashMap::new();
    for (i, field) in layout.fields.iter().enumerate() {
        let (bits, earlier) = (field.bits, layout.fields.iter().take(i));
        if let Some(other) = earlier
            .into_iter()
            .find(|f| f.bits.mask() & bits.mask() != 0)
        {
            errors.push(
                Diagnostic::new(
                    field.name_span.clone(),
                    format!(
                        "field {} (bits {} to {}) shares bits with field {} (bits {} to {}, at {})",
                        field.name,
                        bits.high,
                        bits.low,
                        other.name,
                        other.bits.high,
                        other.bits.low,
                        lines.at(other.name_span.start)
                    ),
                )
                .with_help("give each field bits of its own"),
            );
        }
        let snake = field
            .name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase())
            && field
                .name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !snake || crate::naming::is_keyword(&field.name) {
            errors.push(
                Diagnostic::new(
                    field.name_span.clone(),
                    format!(
                        "field name `{}` must be a snake_case Rust name, such as \"area\"",
                        field.name
                    ),
                )
                .with_help("the field's name is the name of its accessor: rename the field"),
            );
        } else if METHODS.contains(&field.name.as_str()) {
            errors.push(
                Diagnostic::new(
                    field.name_span.clone(),
                    format!(
                        "field name `{}` is a method the generated type already has",
                        field.name
                    ),
                )
                .with_help("rename the field"),
            );
        } else if let Some(first) = names.insert(&field.name, &field.name_span) {
            errors.push(
                Diagnostic::new(
                    field.name_span.clone(),
                    format!(
                        "duplicate field `{}` (first at {})",
                        field.name,
                        lines.at(first.start)
                    ),
                )
                .with_help("give each field its own name"),
            );
        }
        if let Some(type_name) = &field.type_name {
            let taken = if *type_name == catalog.type_name || *type_name == kind {
                Some("is the name of the generated type or of its kind enum".to_owned())
            } else {
                type_names
                    .insert(type_name, &field.name)
                    .map(|first| format!("is the type name of field {first} too"))
            };
            let problem = ident_problem(type_name).map(str::to_owned).or(taken);
            if let Some(problem) = problem {
                errors.push(
                    Diagnostic::new(
                        field.name_span.clone(),
                        format!("type_name `{type_name}` of field {} {problem}", field.name),
                    )
                    .with_help("write another UpperCamelCase Rust name"),
                );
            }
        }
        let mut values: HashMap<u32, &Range<usize>> = HashMap::new();
        let mut variants: HashMap<&str, &Range<usize>> = HashMap::new();
        for value in &field.values {
            if let Some(first) = values.insert(value.value, &value.value_span) {
                errors.push(
                    Diagnostic::new(
                        value.value_span.clone(),
                        format!(
                            "duplicate value {} in field {} (first at {})",
                            value.value,
                            field.name,
                            lines.at(first.start)
                        ),
                    )
                    .with_help("give each value one label"),
                );
            }
            let variant = value.variant.as_str();
            if let Some(problem) = ident_problem(variant) {
                let what = if variant.is_empty() {
                    format!(
                        "label {:?} has no letter or digit, so it gives no Rust name",
                        value.label
                    )
                } else {
                    format!(
                        "label {} gives the Rust name `{variant}`, which {problem}",
                        value.label
                    )
                };
                errors.push(
                    Diagnostic::new(value.label_span.clone(), what).with_help("change the label"),
                );
            } else if let Some(what) = reserved_for(RESERVED_IN_FIELDS, variant) {
                errors.push(
                    Diagnostic::new(
                        value.label_span.clone(),
                        format!(
                            "label {} gives the Rust name `{variant}`, which the field's enum has \
                         already ({what})",
                            value.label
                        ),
                    )
                    .with_help("change the label"),
                );
            } else if let Some(first) = variants.insert(variant, &value.label_span) {
                errors.push(
                    Diagnostic::new(
                        value.label_span.clone(),
                        format!(
                            "label {} gives the Rust name `{variant}`, as the label at {} does",
                            value.label,
                            lines.at(first.start)
                        ),
                    )
                    .with_help("change one"),
                );
            }
        }
    }
}
