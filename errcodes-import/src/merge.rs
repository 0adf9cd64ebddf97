//! Another page of the same table, in another language: its messages and section titles become
//! another locale of the draft, matched to its entries by name or code.

use std::collections::HashMap;

use errcodes_catalog::Code;

use crate::build::{code_of, Draft};
use crate::page::Lines;
use crate::table::Read;
use crate::Note;

/// Adds the locale of a merge page, whose records are `read`, to `draft`; the draft must have a
/// slot for it (its last locale).
pub(crate) fn merge(draft: &mut Draft, read: &Read, merge_lines: &Lines, notes: &mut Vec<Note>) {
    let slot = draft.locales.len() - 1;
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut by_code: HashMap<Code, usize> = HashMap::new();
    for (i, entry) in draft.entries.iter().enumerate() {
        by_name.insert(entry.name.clone(), i);
        for alias in &entry.aliases {
            by_name.insert(alias.clone(), i);
        }
        by_code.insert(entry.code.clone(), i);
    }
    // Which merge row gave each entry its message, for a row that matches it again.
    let mut given: HashMap<usize, usize> = HashMap::new();

    for (r, record) in read.records.iter().enumerate() {
        let mut ignored = Vec::new();
        let code = code_of(draft.code_type, record, &mut ignored);
        let by_its_name = record.name.as_deref().and_then(|n| by_name.get(n));
        let Some(&i) = by_its_name.or_else(|| code.as_ref().and_then(|c| by_code.get(c))) else {
            notes.push(
                Note::error(
                    record.span.clone(),
                    format!(
                        "this row ({}) matches no row of the main page by name or code: it is \
                         left out",
                        record.name.as_deref().unwrap_or(&record.code_text)
                    ),
                )
                .help("add it to the main page, or correct its name or code"),
            );
            continue;
        };
        let entry = &draft.entries[i];
        let is_alias = record
            .name
            .as_ref()
            .is_some_and(|n| entry.aliases.contains(n));
        if let Some(&earlier) = given.get(&i) {
            if !is_alias {
                notes.push(Note::warning(
                    record.span.clone(),
                    format!(
                        "this row matches {}, as the row at line {} does: it is left out",
                        entry.name,
                        merge_lines.line(read.records[earlier].span.start)
                    ),
                ));
            }
            continue;
        }
        let Some(message) = &record.message else {
            continue;
        };
        given.insert(i, r);
        if let Some(slot_message) = draft.entries[i].messages.get_mut(slot) {
            *slot_message = Some(message.clone());
        }
        // The section of the row titles the entry's group in this locale.
        let title = record.section.and_then(|s| read.sections.get(s));
        let group = draft.entries[i].group.and_then(|g| draft.groups.get_mut(g));
        if let (Some(title), Some(group)) = (title, group) {
            if let Some(t @ None) = group.titles.get_mut(slot) {
                *t = Some(title.title.clone());
            }
        }
    }
}
