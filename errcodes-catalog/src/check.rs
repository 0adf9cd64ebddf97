//! Rules that relate parts of a catalog to each other: unique names, codes, variants and group
//! ids, and names that Rust accepts.

use std::collections::HashMap;
use std::ops::Range;

use crate::model::{Catalog, Code};
use crate::naming::ident_problem;
use crate::{Diagnostic, Source};

/// Names the generated type already uses for something else.
const RESERVED: &[&str] = &["Unknown", "ALL"];

pub(crate) fn catalog(source: &Source<'_>, catalog: &Catalog, errors: &mut Vec<Diagnostic>) {
    if let Some(problem) = ident_problem(&catalog.type_name) {
        errors.push(Diagnostic::new(
            catalog.type_name_span.clone(),
            format!(
                "type_name `{}` {problem}: write an UpperCamelCase Rust name such as MyApiError",
                catalog.type_name
            ),
        ));
    }

    let mut group_ids: HashMap<&str, &Range<usize>> = HashMap::new();
    for group in &catalog.groups {
        if let Some(first) = group_ids.insert(&group.id, &group.id_span) {
            errors.push(Diagnostic::new(
                group.id_span.clone(),
                format!(
                    "duplicate group id `{}` (first defined at {}): give each [[group]] its own id",
                    group.id,
                    source.at(first.start)
                ),
            ));
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
        for (name, span) in all_names {
            if let Some(first) = names.insert(name, span) {
                errors.push(Diagnostic::new(
                    span.clone(),
                    format!(
                        "duplicate name {name} (first used at {}): names and aliases must be unique",
                        source.at(first.start)
                    ),
                ));
            }
        }

        if let Some((first, at)) = codes.insert(&entry.code, (&entry.name, &entry.code_span)) {
            errors.push(Diagnostic::new(
                entry.code_span.clone(),
                format!(
                    "duplicate code {} ({}; {first} has it at {}): declare one an alias of the \
                     other, with aliases = [\"{}\"] on {first}",
                    catalog.format_code(entry),
                    entry.name,
                    source.at(at.start),
                    entry.name,
                ),
            ));
        }

        let idents = std::iter::once((&entry.variant, &entry.name, &entry.variant_span)).chain(
            entry
                .aliases
                .iter()
                .map(|a| (&a.constant, &a.name, &a.span)),
        );
        for (ident, name, span) in idents {
            if let Some(problem) = ident_problem(ident) {
                errors.push(Diagnostic::new(
                    span.clone(),
                    format!(
                        "{name} gives the Rust name `{ident}`, which {problem}: set variant = \"…\" \
                         to an UpperCamelCase name"
                    ),
                ));
            } else if RESERVED.contains(&ident.as_str()) {
                errors.push(Diagnostic::new(
                    span.clone(),
                    format!(
                        "{name} gives the Rust name `{ident}`, which the generated type uses \
                         itself: set variant = \"…\" to another name"
                    ),
                ));
            } else if let Some((first, at)) = variants.insert(ident, (name, span)) {
                errors.push(Diagnostic::new(
                    span.clone(),
                    format!(
                        "{name} and {first} (at {}) both give the Rust name `{ident}`: set \
                         variant = \"…\" on one of them",
                        source.at(at.start)
                    ),
                ));
            }
        }
    }
}
